package dev.forkful.level;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The fridge's lock lets one chef take at a time: the ideal time counts the takes' queue. */
class IdealTimeFridgeTest {
    private static final Step SALT = new Step("salt", new Step.Action.Fridge("salt", 1), Optional.empty());
    private static final Step CHOP = new Step("chop", new Step.Action.Cpu(Duration.ofMillis(1)), Optional.empty());

    private static Level level(List<Model> models, Step... steps) {
        Task task = new Task("soup", "Soup", 1000, Arrival.ALL, models, 8, List.of(steps));
        Stars stars = new Stars(List.of(new Stars.Rule("one", OptionalDouble.of(0.5), OptionalDouble.empty(),
                OptionalInt.empty(), OptionalInt.empty(), OptionalLong.empty())));
        return new Level(Path.of("salty.toml"), "salty", "Salty", 1, "", "", List.of(),
                new Kitchen(false, Duration.ofSeconds(30), 1), Map.of("salt", 1000L), List.of(task), stars);
    }

    @Test
    void takesQueueAtTheLockWhateverTheChefsAndCores() {
        Duration thousandTakes = Duration.ofNanos(1000 * Recipe.TAKE_NANOS);

        assertThat(IdealTime.of(level(List.of(Model.THREAD), SALT), 16)).isEqualTo(thousandTakes);
        assertThat(IdealTime.of(level(List.of(Model.VIRTUAL), SALT), 16)).isEqualTo(thousandTakes);
        assertThat(IdealTime.of(level(List.of(Model.COROUTINE), SALT), 16)).isEqualTo(thousandTakes);
    }

    /** Measured on this 2-core machine: a take's 100 µs park woke about 150 µs late; every take in the queue pays it. */
    @Test
    void eachTakePaysHowLateAParkedThreadWakesOnTheMachine() {
        IdealTime.Machine lateTimers = IdealTime.Machine.of(16, 0, 150_000);

        assertThat(IdealTime.of(level(List.of(Model.THREAD), SALT), lateTimers)).isEqualTo(Duration.ofNanos(1000 * (Recipe.TAKE_NANOS + 150_000)));
        assertThat(IdealTime.of(level(List.of(Model.PROCESS), CHOP, SALT), lateTimers)).as("no pause in the pantry")
                .isEqualTo(Duration.ofMillis(125));
    }

    @Test
    void onAnEventLoopTheTakesAddToTheComputing() {
        // 1000 orders of 1 ms chopping and one take, all on the loop's one thread
        assertThat(IdealTime.of(level(List.of(Model.COROUTINE), CHOP, SALT), 16))
                .isEqualTo(Duration.ofNanos(1000 * (1_000_000 + Recipe.TAKE_NANOS)));
    }

    @Test
    void processChefsTakeFromTheSupervisorsPantryWithoutThePause() {
        // 8 houses chop 1000 ms of work on 16 cores; the pantry's round trips are not counted
        assertThat(IdealTime.of(level(List.of(Model.PROCESS), CHOP, SALT), 16)).isEqualTo(Duration.ofMillis(125));
    }
}
