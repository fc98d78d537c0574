package dev.forkful.level;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class LevelLoaderTest {
    private static final String FULL = """
            format = 1
            id = "lunch-rush"                 # unique
            title = "Lunch Rush"
            chapter = 4
            brief = \"\"\"Story [with] {brackets} and # not a comment.\"\"\"
            lesson = 'literal \\ backslash'
            hints = ["first", "second"]

            [kitchen]
            gil = true
            time_limit = "30s"
            seed = 7

            [fridge]
            salt = 400
            "black pepper" = 5

            [[task]]
            id = "soup"
            name = "Tomato soup"
            orders = 200
            arrive = "every 20ms"
            models = ["coroutine", "thread"]
            max_workers = 16
            steps = [
              { do = "chop",   cpu = "5ms" },
              { do = "simmer", wait = "300ms" },
              { do = "salt",   fridge = "salt", take = 2 },
              { do = "pepper", fridge = "black pepper" },
              { do = "flambe", cpu = "1.5ms", fault = "segfault", chance = 0.01 },
              { do = "reheat", block = "50ms", fault = "freeze" },
            ]

            [[task]]
            id = "bread"
            orders = 3
            steps = [ { do = "bake", wait = "250us" } ]

            [stars]
            one   = { served = 0.5 }
            two   = { served = 0.9, par = 2.0 }
            three = { served = 1, par = 1.2, crashes = 0, freezes = 0, races = 0 }
            """;

    @Test
    void mapsEveryKeyToTheRecords() throws LevelException {
        Level level = LevelLoader.parse("lunch.toml", FULL);

        assertThat(level.id()).isEqualTo("lunch-rush");
        assertThat(level.title()).isEqualTo("Lunch Rush");
        assertThat(level.chapter()).isEqualTo(4);
        assertThat(level.brief()).isEqualTo("Story [with] {brackets} and # not a comment.");
        assertThat(level.lesson()).isEqualTo("literal \\ backslash");
        assertThat(level.hints()).containsExactly("first", "second");
        assertThat(level.kitchen()).isEqualTo(new Kitchen(true, Duration.ofSeconds(30), 7));
        assertThat(level.fridge()).containsExactly(Map.entry("salt", 400L), Map.entry("black pepper", 5L));

        Task soup = level.task("soup").orElseThrow();
        assertThat(soup.name()).isEqualTo("Tomato soup");
        assertThat(soup.orders()).isEqualTo(200);
        assertThat(soup.arrive()).isEqualTo(new Arrival(Duration.ofMillis(20)));
        assertThat(soup.models()).containsExactly(Model.COROUTINE, Model.THREAD);
        assertThat(soup.maxWorkers(Model.THREAD)).isEqualTo(16);
        assertThat(soup.steps()).containsExactly(
                new Step("chop", new Step.Action.Cpu(Duration.ofMillis(5)), Optional.empty()),
                new Step("simmer", new Step.Action.Wait(Duration.ofMillis(300)), Optional.empty()),
                new Step("salt", new Step.Action.Fridge("salt", 2), Optional.empty()),
                new Step("pepper", new Step.Action.Fridge("black pepper", 1), Optional.empty()),
                new Step("flambe", new Step.Action.Cpu(Duration.ofNanos(1_500_000)),
                        Optional.of(new Fault(Fault.Kind.SEGFAULT, 0.01))),
                new Step("reheat", new Step.Action.Block(Duration.ofMillis(50)),
                        Optional.of(new Fault(Fault.Kind.FREEZE, 1.0))));

        assertThat(level.stars().rules()).containsExactly(
                new Stars.Rule("one", OptionalDouble.of(0.5), OptionalDouble.empty(), OptionalInt.empty(), OptionalInt.empty(), OptionalLong.empty()),
                new Stars.Rule("two", OptionalDouble.of(0.9), OptionalDouble.of(2.0), OptionalInt.empty(), OptionalInt.empty(), OptionalLong.empty()),
                new Stars.Rule("three", OptionalDouble.of(1.0), OptionalDouble.of(1.2), OptionalInt.of(0), OptionalInt.of(0), OptionalLong.of(0)));
    }

    @Test
    void durationsAreWrittenInTheUnitsTheReadmeUses() {
        assertThat(Durations.format(Duration.ofMinutes(10))).isEqualTo("10m");
        assertThat(Durations.format(Duration.ofSeconds(60))).isEqualTo("60s");
        assertThat(Durations.format(Duration.ofSeconds(90))).isEqualTo("90s");
        assertThat(Durations.format(Duration.ofMillis(1500))).isEqualTo("1.5s");
        assertThat(Durations.format(Duration.ofNanos(250_000))).isEqualTo("250us");
        assertThat(Durations.parse(Durations.format(Duration.ofMinutes(2)))).contains(Duration.ofMinutes(2));
    }

    @Test
    void aLevelWhoseIdealJustFitsItsTimeLimitAndWhoseStarsTieIsAccepted() throws LevelException {
        // 100 orders of 40 ms on 4 workers and 2 cores: 2 s of cpu per core, exactly the limit
        Level level = LevelLoader.parse("tight.toml", """
                format = 1
                id = "tight"
                title = "Tight"
                [kitchen]
                time_limit = "2s"
                [[task]]
                id = "salad"
                orders = 100
                models = ["thread", "process"]
                max_workers = 4
                steps = [ { do = "chop", cpu = "40ms" } ]
                [stars]
                one = { served = 0.5, par = 3 }
                two = { served = 0.5, par = 3, freezes = 0 }
                three = { served = 0.9, par = 2.5, crashes = 0 }
                """);

        assertThat(IdealTime.of(level, 2)).isEqualTo(level.kitchen().timeLimit());
    }

    @Test
    void fillsTheDocumentedDefaults() throws LevelException {
        Level level = LevelLoader.parse("min.toml", """
                format = 1
                id = "min"
                title = "Minimal"
                [[task]]
                id = "soup"
                orders = 1
                steps = [ { do = "chop", cpu = "1ms" } ]
                """);

        assertThat(level.chapter()).isZero();
        assertThat(level.brief()).isEmpty();
        assertThat(level.hints()).isEmpty();
        assertThat(level.kitchen()).isEqualTo(new Kitchen(false, Kitchen.DEFAULT_TIME_LIMIT, Kitchen.DEFAULT_SEED));
        assertThat(level.fridge()).isEmpty();
        Task soup = level.tasks().getFirst();
        assertThat(soup.name()).isEqualTo("soup");
        assertThat(soup.arrive()).isEqualTo(Arrival.ALL);
        assertThat(soup.models()).containsExactly(Model.values());
        assertThat(soup.maxWorkers(Model.THREAD)).isEqualTo(Task.DEFAULT_MAX_WORKERS);
        assertThat(level.stars()).isEqualTo(LevelReader.defaultStars());
    }

    @Test
    void reportsEveryProblemOfAFileInLineOrder() {
        LevelException e = catchThrowableOfType(LevelException.class, () -> LevelLoader.parse("many.toml", """
                format = 1
                id = "many"
                title = "Many mistakes"
                [[task]]
                id = "soup"
                orders = 0
                models = ["thraed"]
                steps = [ { do = "chop", cpu = "5 secs" } ]
                """));

        assertThat(e.problems()).extracting(LevelProblem::line).containsExactly(6, 7, 8);
        assertThat(e.getMessage()).isEqualTo(String.join("\n",
                "many.toml:6: orders = 0 is out of range: it must be from 1 to 1,000,000",
                "many.toml:7: unknown model \"thraed\"; did you mean \"thread\"? (models: process, thread, coroutine, virtual)",
                "many.toml:8: cpu = \"5 secs\" is not a duration: write a number and a unit (ns, us, ms, s, m),"
                        + " e.g. \"250us\", \"5ms\", \"1.5s\"; did you mean \"5s\"?"));
    }

    @Test
    void quotedAndBareKeysAreTheSameKey() {
        LevelException e = catchThrowableOfType(LevelException.class,
                () -> LevelLoader.parse("q.toml", "format = 1\n\"format\" = 1\n"));

        assertThat(e.problems()).first().hasToString("q.toml:2: \"format\" is set twice (first on line 1)");
    }

    @Test
    void aFileThatIsTooLargeIsRefusedBeforeParsing() {
        String big = "format = 1\n" + "# padding\n".repeat(LevelLimits.MAX_FILE_BYTES / 10 + 1);

        LevelException e = catchThrowableOfType(LevelException.class, () -> LevelLoader.parse("big.toml", big));

        assertThat(e.problems()).singleElement().hasToString("big.toml: the file is larger than 1024 KiB; a level file is a few KiB");
    }

    @Test
    @Timeout(30)
    void documentsShapedToSlowTheParserAreRefusedQuickly() {
        // TOML4J needs about 30 s for an array of 500,000 items, and overflows its stack on deep nesting
        List<String> hostile = List.of(
                "a = [" + "1,".repeat(400_000) + "]",
                "a = " + "[".repeat(300_000),
                "a = " + "{ b = ".repeat(100_000),
                "[" + "a.".repeat(200_000) + "a]",
                "a = {" + java.util.stream.IntStream.range(0, 50_000).mapToObj(i -> "k" + i + " = 1")
                        .collect(java.util.stream.Collectors.joining(", ")) + "}",
                "[[t]]\nx = 1\n".repeat(30_000),
                "a = [" + "\"x\",".repeat(200_000) + "]");
        for (String text : hostile) {
            LevelException e = catchThrowableOfType(LevelException.class, () -> LevelLoader.parse("h.toml", text));
            assertThat(e).as(text.substring(0, 20)).isNotNull();
        }
    }

    @Test
    void aByteOrderMarkIsAllowed() throws LevelException {
        String level = "\uFEFFformat = 1\nid = \"bom\"\ntitle = \"B\"\n[[task]]\nid = \"t\"\norders = 1\n"
                + "steps = [ { do = \"x\", wait = \"1ms\" } ]\n";
        assertThat(LevelLoader.parse("bom.toml", level).id()).isEqualTo("bom");
    }
}
