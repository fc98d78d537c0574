package dev.forkful.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forkful.level.Model;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Kitchens started before their run: taken by a run that starts the same command, killed when not taken. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class PrestartTest {
    private final ChildLauncher launcher = ChildLauncher.of("dev.forkful.engine.SimpleChildMain");

    @AfterEach
    void noneLeft() {
        Prestart.killUnused();
    }

    @Test
    void aKitchenStartedEarlyIsTheOneTheRunTakes() throws Exception {
        Process early = Prestart.start(launcher, launcher.c1OnlyCommand()).orElseThrow();
        assertThat(Prestart.waiting()).isEqualTo(1);
        Process taken = launcher.startKitchen(true);
        try {
            assertThat(taken).isSameAs(early);
            assertThat(Prestart.waiting()).isZero();
            assertThat(taken.isAlive()).isTrue();
        } finally {
            Children.kill(taken);
        }
    }

    @Test
    void aKitchenWithOtherFlagsIsNotTakenAndIsKilledUnused() throws Exception {
        Process early = Prestart.start(launcher, launcher.c1OnlyCommand()).orElseThrow();
        Process c2 = launcher.startKitchen(false);
        try {
            assertThat(c2.pid()).isNotEqualTo(early.pid());
            assertThat(Prestart.waiting()).as("the C1-only one still waits").isEqualTo(1);
            Prestart.killUnused();
            assertThat(Prestart.waiting()).isZero();
            assertThat(early.waitFor(10, TimeUnit.SECONDS)).as("the unused one is killed").isTrue();
            assertThat(c2.isAlive()).as("the run's own kitchen lives on").isTrue();
        } finally {
            Children.kill(c2);
        }
    }

    @Test
    void aRunWaitsForTheKitchensThePlanStartsOnTheirOwnThread() throws Exception {
        Prestart.forPlan(List.of("dish=coroutine")); // returns before its kitchen is started
        Process taken = ChildLauncher.forWorker().startKitchen(true);
        try {
            assertThat(Prestart.waiting()).as("the early one was taken, not one started beside it").isZero();
            assertThat(taken.isAlive()).isTrue();
        } finally {
            Children.kill(taken);
        }
    }

    @Test
    void thePlanAsWrittenNamesItsKitchensUpToTheLimit() {
        assertThat(Prestart.kitchensOf(List.of("dish=coroutine"), 2)).containsExactly(Model.COROUTINE);
        assertThat(Prestart.kitchensOf(List.of("soup=thread:4", "bread=process:3"), 8))
                .containsExactly(Model.THREAD, Model.PROCESS, Model.PROCESS, Model.PROCESS);
        assertThat(Prestart.kitchensOf(List.of("bread=process:999999999"), 2)).hasSize(2);
        assertThat(Prestart.kitchensOf(List.of("soup=threads", "bread=process:x", "nothing", ""), 8)).isEmpty();
    }
}
