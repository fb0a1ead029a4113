/** The merchandising pages: {@code /admin/merchandising.xhtml} (the shop's rules) and {@code /seller/merchandising.xhtml}. */
package io.vitrine.merchandising.web;
