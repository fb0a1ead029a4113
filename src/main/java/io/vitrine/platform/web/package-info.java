/**
 * Page-level concerns shared by every page and owned by no feature: the shopper's language
 * ({@link io.vitrine.platform.web.LanguageBean}) and the shop's words. Who the shopper is, with the events every page
 * records, belongs to the customer feature ({@code customer.Shopper}).
 */
package io.vitrine.platform.web;
