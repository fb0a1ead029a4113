/** {@code /api/v1/exports/...}: the streamed downloads of the export feature (sellers their own data, admins the shop's). */
package io.vitrine.exports.api;
