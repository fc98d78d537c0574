package dev.forkful.engine;

/**
 * Receives the engine's events, in order, on the supervisor's thread: keep it quick (a UI hands
 * them to its own loop).
 */
@FunctionalInterface
public interface EngineListener {
    void on(EngineEvent event);

    /**
     * Whether each dish's {@link EngineEvent.OrderCooked} is wanted (a timeline is being built): it costs an
     * object a dish on the supervisor's thread, so a run that is only scored says no.
     */
    default boolean wantsHowCooked() {
        return true;
    }

    /** {@code listener}, without the {@link EngineEvent.OrderCooked} events. */
    static EngineListener scoringOnly(EngineListener listener) {
        return new EngineListener() {
            @Override
            public void on(EngineEvent event) {
                listener.on(event);
            }

            @Override
            public boolean wantsHowCooked() {
                return false;
            }
        };
    }
}
