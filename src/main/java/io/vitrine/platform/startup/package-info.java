/** The shop's start-up order: features implement {@link io.vitrine.platform.startup.StartupStep}; one sequence runs them. */
package io.vitrine.platform.startup;
