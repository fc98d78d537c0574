package dev.forkful.level;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StepReaderTest {
    private static List<Step> steps(ParsedToml toml, Map<String, Long> fridge) {
        return new StepReader(toml.sink(), Duration.ofSeconds(1), fridge).steps(toml.top());
    }

    @Test
    void readsEachKindOfStepAndItsFault() {
        ParsedToml toml = ParsedToml.of("""
                steps = [
                  { do = "chop", cpu = "5ms", fault = "segfault", chance = 0.25 },
                  { do = "simmer", wait = "30ms" },
                  { do = "salt", fridge = "salt", take = 2 },
                ]
                """);

        List<Step> steps = steps(toml, Map.of("salt", 10L));

        assertThat(toml.problems()).isEmpty();
        assertThat(steps).containsExactly(
                new Step("chop", new Step.Action.Cpu(Duration.ofMillis(5)), Optional.of(new Fault(Fault.Kind.SEGFAULT, 0.25))),
                new Step("simmer", new Step.Action.Wait(Duration.ofMillis(30)), Optional.empty()),
                new Step("salt", new Step.Action.Fridge("salt", 2), Optional.empty()));
    }

    @Test
    void aStepDoesExactlyOneThingShorterThanTheTimeLimit() {
        ParsedToml toml = ParsedToml.of("""
                steps = [
                  { do = "chop", cpu = "5ms", wait = "1ms" },
                  { do = "rest" },
                  { do = "roast", block = "2s" },
                ]
                """);

        assertThat(steps(toml, Map.of())).isEmpty();
        assertThat(toml.problems()).containsExactly(
                "2: step \"chop\" does 2 things (cpu and wait); a step does exactly one: split it into 2 steps",
                "3: step \"rest\" does nothing: give it one of cpu, wait, block or fridge",
                "4: block = \"2s\" is not shorter than the time_limit (1s): no order could finish");
    }

    @Test
    void aTakeMustFitTheFridgeTheLevelStocks() {
        ParsedToml toml = ParsedToml.of("""
                steps = [
                  { do = "salt", fridge = "slat" },
                  { do = "pepper", fridge = "pepper", take = 5 },
                ]
                """);

        Map<String, Long> fridge = new LinkedHashMap<>(); // the order the [fridge] writes them
        fridge.put("salt", 10L);
        fridge.put("pepper", 3L);

        assertThat(steps(toml, fridge)).isEmpty();
        assertThat(toml.problems()).containsExactly(
                "2: the [fridge] has no \"slat\"; did you mean \"salt\"? (it has salt, pepper)",
                "3: the step takes 5 pepper but the [fridge] holds only 3 in all: it could never succeed; raise the stock"
                        + " or lower take");
    }

    @Test
    void readsLocksHeldInOrderAndATakeThatAwaits() {
        ParsedToml toml = ParsedToml.of("""
                steps = [
                  { do = "plate", hold = ["knife", "board"], cpu = "5ms" },
                  { do = "spice", fridge = "spice", take = 1, pause = "wait" },
                ]
                """);

        List<Step> steps = steps(toml, Map.of("spice", 10L));

        assertThat(toml.problems()).isEmpty();
        assertThat(steps).containsExactly(
                new Step("plate", new Step.Action.Cpu(Duration.ofMillis(5)), Optional.empty(), List.of("knife", "board")),
                new Step("spice", new Step.Action.Fridge("spice", 1, true), Optional.empty()));
    }

    @Test
    void refusesABadHoldAndAPauseWithoutAFridge() {
        ParsedToml toml = ParsedToml.of("""
                steps = [
                  { do = "plate", hold = ["knife", "knife"], cpu = "5ms" },
                  { do = "wipe", hold = [], cpu = "5ms" },
                  { do = "chop", cpu = "5ms", pause = "wait" },
                  { do = "spice", fridge = "spice", pause = "sleep" },
                ]
                """);

        assertThat(steps(toml, Map.of("spice", 10L))).isEmpty();
        assertThat(toml.problems()).containsExactly(
                "2: lock \"knife\" is held twice in one step",
                "3: hold names 1 to 8 locks, e.g. hold = [\"knife\", \"board\"]",
                "4: pause needs fridge = \"<ingredient>\" in the same step: it is the pause between the fridge's read and"
                        + " its write",
                "5: pause can only be \"wait\" (the take awaits between its read and its write), not \"sleep\"; leave it"
                        + " out for a pause that does not yield");
    }
}
