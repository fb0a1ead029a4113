/** REST edge of the merchandising rules: {@code /api/v1/merchandising}. */
package io.vitrine.merchandising.api;
