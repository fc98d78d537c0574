package dev.forkful.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How a kitchen's end is told; starting and rebuilding real children is {@link SupervisorTest}'s. */
class KitchenBuilderTest {
    @Test
    void aKillIsToldByWhyItWasKilled() {
        assertThat(KitchenBuilder.crashKind("no hello", "boom", 137, "SIGSEGV", false)).isEqualTo("no hello");
    }

    @Test
    void aFatalErrorReportNamesTheSignalBeforeTheStatus() {
        assertThat(KitchenBuilder.crashKind(null, null, 134, "SIGSEGV", true))
                .isEqualTo("SIGSEGV (then the JVM's fatal-error handler aborted)");
    }

    @Test
    void aStatusAbove128IsASignal() {
        assertThat(KitchenBuilder.crashKind(null, null, 128 + 9, null, true)).isEqualTo(Signals.name(9));
    }

    @Test
    void anExitCodeComesWithTheChildsLastWords() {
        assertThat(KitchenBuilder.crashKind(null, "out of memory", 3, null, true)).isEqualTo("exit 3: out of memory");
    }

    @Test
    void aKitchenThatNeverSaidHelloDiedAtStart() {
        assertThat(KitchenBuilder.crashKind(null, null, 1, null, false)).isEqualTo("died at start: exit 1");
    }
}
