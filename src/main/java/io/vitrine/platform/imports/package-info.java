/**
 * What every importer shares: the {@link io.vitrine.platform.imports.Importer} interface features implement, the
 * {@link io.vitrine.platform.imports.ImportReport} handed back to the admin endpoint and the command line, the tally
 * that builds it, and {@link io.vitrine.platform.imports.ImportService}, the CDI entry point that runs one import of
 * a server-side file with the importer of its kind. The importers themselves live in the feature that owns the data
 * ({@code catalog.importer}, {@code events.importer}); this package knows neither.
 */
package io.vitrine.platform.imports;
