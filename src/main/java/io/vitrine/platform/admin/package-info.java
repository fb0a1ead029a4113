/** Operator endpoints under {@code /api/v1/admin}: API keys and imports. Admin callers only. */
package io.vitrine.platform.admin;
