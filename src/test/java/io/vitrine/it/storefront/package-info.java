/**
 * The shopper journeys in a real browser ({@link io.vitrine.it.storefront.StorefrontBrowserIT}, one deployment for
 * all of them) and the page objects they drive: each page object knows one page's markup, the tests read as journeys.
 */
package io.vitrine.it.storefront;
