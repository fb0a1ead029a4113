/**
 * Offline evaluation of the intent classifier: held-out splits and the figures the chat benchmark reports
 * (in-scope accuracy, out-of-scope recall, per-message latency).
 */
package io.vitrine.chat.eval;
