/** Who is calling: partner API keys (stored hashed) and logged-in accounts, reduced to one {@link io.vitrine.platform.security.Caller}. */
package io.vitrine.platform.security;
