/**
 * Import speed benchmark ({@code mvn -Pbench -Dbench=imports verify}): the shared Flipkart, fashion and MovieLens
 * samples through the real importers into the in-memory repositories, so the figures are the importers' own cost.
 */
package io.vitrine.imports.eval;
