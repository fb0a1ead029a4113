/**
 * The import pages ({@code /seller/imports.xhtml}, {@code /admin/imports.xhtml}): upload a catalogue, follow its
 * job with a progress bar, read the results and download the rejected rows.
 */
package io.vitrine.platform.imports.web;
