/**
 * Handing a question over to people: the {@link io.vitrine.chat.handover.SellerMessage}s shoppers leave when the
 * assistant cannot answer, which the seller dashboard reads through
 * {@link io.vitrine.chat.handover.SellerMessageService}.
 */
package io.vitrine.chat.handover;
