/**
 * A chat with one shopper as MongoDB stores it: its turns and the context later messages lean on (product in focus,
 * products shown, last search, a question the assistant is waiting for).
 */
package io.vitrine.chat.conversation;
