/** Hostile-input suite: malformed and malicious requests over every REST endpoint must never produce a 5xx. */
package io.vitrine.it.hostile;
