/**
 * Page-level concerns shared by every page: the shopper's language ({@link io.vitrine.platform.web.LanguageBean})
 * and who the shopper is for the recommenders, with the events every page records ({@link io.vitrine.platform.web.Shopper}).
 */
package io.vitrine.platform.web;
