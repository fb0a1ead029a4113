package io.vitrine.platform;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Readiness: ND4J's native backend (OpenBLAS, used by photo search and EASE) loads from the server's class path
 * (Payara Micro {@code --addLibs}, see pom.xml), so a missing or broken native library shows here and not as a
 * failed photo search. Only a check: the engines load ND4J themselves.
 */
@Readiness
@ApplicationScoped
public class NativeMathHealth implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        try {
            double dot = Nd4j.createFromArray(1.0, 2.0).mul(Nd4j.createFromArray(3.0, 4.0)).sumNumber().doubleValue();
            return HealthCheckResponse.named("nd4j").status(dot == 11.0)
                    .withData("backend", Nd4j.getBackend().getClass().getSimpleName())
                    .withData("loadedBy", Nd4j.class.getClassLoader() == NativeMathHealth.class.getClassLoader()
                            ? "web application (expected the server's addLibs)" : "server (addLibs)")
                    .withData("threads", String.valueOf(System.getenv().getOrDefault("OMP_NUM_THREADS", "default")))
                    .withData("maxPhysicalBytes", org.bytedeco.javacpp.Pointer.maxPhysicalBytes())
                    .build();
        } catch (LinkageError | RuntimeException e) {
            return HealthCheckResponse.named("nd4j").down().withData("error", String.valueOf(e)).build();
        }
    }
}
