/**
 * The storefront's chat widget ({@code WEB-INF/includes/chat-widget.xhtml} on every shop page): {@link
 * io.vitrine.chat.web.ChatWidget} keeps the shopper's conversation for the session, across pages.
 */
package io.vitrine.chat.web;
