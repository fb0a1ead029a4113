/**
 * The chat assistant's REST edge: {@code POST /api/v1/chat} for shoppers and partner apps, and the admin endpoints
 * that edit the FAQ / policy pages ({@code /api/v1/admin/chat/faq}) and retrain the intent model
 * ({@code /api/v1/admin/chat/retrain}).
 */
package io.vitrine.chat.api;
