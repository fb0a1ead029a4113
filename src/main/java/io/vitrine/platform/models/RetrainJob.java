package io.vitrine.platform.models;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** Where one retraining stands, as the admin endpoint reports it. Immutable; the service replaces it as it goes. */
public record RetrainJob(String id, String trigger, State state, String phase, Instant submittedAt,
                         Optional<Instant> finishedAt, Optional<Long> version, String message) {

    public enum State {
        QUEUED, RUNNING,
        /** trained and serving */
        LIVE,
        /** trained but scored worse on the holdout than the live model, which keeps serving */
        REJECTED,
        /** training threw; the live model keeps serving */
        FAILED;

        public boolean finished() {
            return this == LIVE || this == REJECTED || this == FAILED;
        }
    }

    public RetrainJob {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(finishedAt, "finishedAt");
        Objects.requireNonNull(version, "version");
    }

    public static RetrainJob queued(String id, String trigger, Instant at) {
        return new RetrainJob(id, trigger, State.QUEUED, "waiting for a worker", at, Optional.empty(), Optional.empty(), "");
    }

    public RetrainJob at(String newPhase) {
        return new RetrainJob(id, trigger, State.RUNNING, newPhase, submittedAt, finishedAt, version, message);
    }

    public RetrainJob finished(State end, Instant at, Optional<Long> modelVersion, String why) {
        return new RetrainJob(id, trigger, end, "finished", submittedAt, Optional.of(at), modelVersion, why);
    }
}
