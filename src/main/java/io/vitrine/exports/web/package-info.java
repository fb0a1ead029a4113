/** The export pages ({@code /seller/exports.xhtml}, {@code /admin/exports.xhtml}): links to the streamed downloads. */
package io.vitrine.exports.web;
