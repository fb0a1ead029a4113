/** Page-level concerns shared by every page: the shopper's language. */
package io.vitrine.platform.web;
