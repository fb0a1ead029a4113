/**
 * Application wiring shared by every feature: the REST application, configuration, RFC 9457 error mapping,
 * partner API keys, health checks and the embedded MongoDB started before JNoSQL connects.
 */
package io.vitrine.platform;
