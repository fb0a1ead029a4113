/**
 * The REST surface of import jobs ({@code /api/v1/imports}): upload a catalogue (202 with the job's Location), follow
 * the job, download its rejected rows; and the admin's server-file import, which queues a job the same way.
 */
package io.vitrine.platform.imports.api;
