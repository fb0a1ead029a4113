package io.vitrine.platform.startup;

/**
 * One step of the shop's start-up, implemented by the feature that owns it and run by {@link StartupSequence} in the
 * order of its {@link Phase} (then of its name), once, after the application scope is initialised. A step that takes
 * long hands its work to a managed executor and returns; a step that throws is logged and the next step still runs.
 */
public interface StartupStep {

    /** The phases in the order they run: each phase may rely on what the phases before it have done. */
    enum Phase {
        /** indexes and bootstrap records the rest relies on */
        SCHEMA,
        /** data the shop starts with: the demo store, seeded FAQ pages */
        DATA,
        /** in-memory indexes built from the data: text search, photo index */
        INDEXES,
        /** trained models restored or trained: chat, recommendations */
        MODELS,
        /** figures computed from everything above: dashboards' roll-up */
        FIGURES
    }

    Phase phase();

    /** A short name for the log; steps of one phase run in the order of their names. */
    String name();

    void onStartup();
}
