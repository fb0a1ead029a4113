/** Page beans of the catalogue: the category menu and the product listing. */
package io.vitrine.catalog.web;
