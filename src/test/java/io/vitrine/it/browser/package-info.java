/**
 * Shared set-up of the browser tests ({@code *BrowserIT}): Debian's headless Chromium driven by its chromedriver
 * ({@link io.vitrine.it.browser.Browsers}), a screenshot per test ({@link io.vitrine.it.browser.Screenshots}) and
 * {@link io.vitrine.it.browser.BrowserJourney}, the base class that fails a test on any JavaScript console error.
 */
package io.vitrine.it.browser;
