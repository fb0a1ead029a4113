/**
 * The shop's start-up order: features implement {@link io.vitrine.platform.startup.StartupStep}; one sequence runs
 * them. State computed from the stored events is kept across starts with {@link io.vitrine.platform.startup.Snapshots}
 * (in the database) and {@link io.vitrine.platform.startup.EventCheckpoint} (how far it read), so a warm start reads
 * only what came since.
 */
package io.vitrine.platform.startup;
