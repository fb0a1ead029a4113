/**
 * Abuse limits shared by every edge: token-bucket budgets per IP, key or account (Bucket4j, buckets kept in a
 * bounded Caffeine cache), log-in lockout with back-off, and the 429 {@code application/problem+json} answer with
 * {@code Retry-After}. Budgets are MicroProfile Config ({@code vitrine.limits.*}, read into {@link LimitsConfig}).
 */
package io.vitrine.platform.limits;
