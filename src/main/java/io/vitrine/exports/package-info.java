/**
 * Data out of the shop, streamed as it is written: the catalogue (CSV in the shop's own import layout, JSON lines),
 * shopper events (JSON lines with Gorse's feedback fields) and orders (CSV), for a seller's own data or, for admins,
 * the whole shop or one seller. {@link io.vitrine.exports.ExportScope} decides whose data a caller gets; every CSV
 * cell goes through {@link io.vitrine.platform.web.SpreadsheetCells} so a product name cannot run as a formula.
 * {@code api/} serves the downloads (the pages link to them), {@code web/} is the export page.
 */
package io.vitrine.exports;
