/** Page beans of search: the header search box with autocomplete, the results page and the product comparison. */
package io.vitrine.search.web;
