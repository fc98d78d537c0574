package dev.forkful.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forkful.engine.RunClock.Phase;
import org.junit.jupiter.api.Test;

class RunClockTest {
    @Test
    void runTimeIsZeroUntilTheRunOpens() {
        RunClock clock = new RunClock();
        assertThat(clock.rel(5_000)).isZero();
        assertThat(clock.is(Phase.STARTING)).isTrue();

        clock.open(1_000);
        assertThat(clock.phase()).isEqualTo(Phase.RUNNING);
        assertThat(clock.rel(5_000)).isEqualTo(4_000);
        assertThat(clock.sinceOpen(6_000)).isEqualTo(5_000);
    }

    @Test
    void runTimeNeverGoesBackAlthoughStampsMay() {
        RunClock clock = new RunClock();
        clock.open(1_000);
        assertThat(clock.rel(3_000)).isEqualTo(2_000);
        // a stamp taken earlier on another reader thread, handled later
        assertThat(clock.rel(2_500)).isEqualTo(2_000);
        assertThat(clock.sinceOpen(2_500)).isEqualTo(1_500);
        assertThat(clock.rel(4_000)).isEqualTo(3_000);
    }
}
