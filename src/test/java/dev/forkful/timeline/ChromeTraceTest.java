package dev.forkful.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.forkful.engine.EngineEvent;
import dev.forkful.level.Arrival;
import dev.forkful.level.Kitchen;
import dev.forkful.level.Level;
import dev.forkful.level.Model;
import dev.forkful.level.Stars;
import dev.forkful.level.Step;
import dev.forkful.level.Task;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** A timeline built from a run's events, written as a Chrome trace: valid by the format's rules, and saying what happened. */
class ChromeTraceTest {
    private static final long MS = 1_000_000;
    private static final long SUPERVISOR = 500;
    private static final Step CHOP = new Step("chop", new Step.Action.Cpu(Duration.ofMillis(10)), Optional.empty(), List.of("board"));
    private static final Step SIMMER = new Step("simmer", new Step.Action.Wait(Duration.ofMillis(20)), Optional.empty());
    private static final Step TOSS = new Step("toss", new Step.Action.Cpu(Duration.ofMillis(5)), Optional.empty());
    private static final Level LEVEL = new Level(Path.of("t.toml"), "t", "T", 0, "", "", List.of(),
            new Kitchen(true, Duration.ofSeconds(5), 1), Map.of(),
            List.of(new Task("soup", "soup", 3, Arrival.ALL, List.of(Model.values()), 8, List.of(CHOP, SIMMER)),
                    new Task("salad", "salad", 2, Arrival.ALL, List.of(Model.values()), 8, List.of(TOSS))),
            new Stars(List.of()));

    /** Two thread chefs of soup in pid 4242, salad in two process houses (the second crashes), a race, a lost order. */
    private static Timeline run() {
        TimelineRecorder r = new TimelineRecorder(LEVEL);
        r.on(new EngineEvent.KitchenStarted(0, "soup", 0, Model.THREAD, 4242, 2));
        r.on(new EngineEvent.KitchenStarted(0, "salad", 0, Model.PROCESS, 4300, 1));
        r.on(new EngineEvent.KitchenStarted(0, "salad", 1, Model.PROCESS, 4301, 1));
        r.on(new EngineEvent.Stats(50 * MS, "soup", 0, 4242, 40_000_000, 30_000_000, 0, 3, 0, 0));
        // chef 0: order 0 waits for the board 1.5 us, order 2 right after it; chef 1 waits for the board chef 0 holds, for order 1
        r.on(new EngineEvent.OrderCooked(41 * MS, "soup", 0, 0, 0, 0, new long[] {1_500, 10 * MS, 3 * MS, 10 * MS, 30 * MS, 0}));
        r.on(EngineEvent.OrdersServed.one(41 * MS, "soup", 0, 0, 0, 41 * MS));
        r.on(new EngineEvent.OrderCooked(45 * MS, "soup", 0, 1, 1, 0, new long[] {10 * MS, 20 * MS, 0, 20 * MS, 40 * MS, 0}));
        r.on(EngineEvent.OrdersServed.one(45 * MS, "soup", 0, 1, 1, 45 * MS));
        r.on(new EngineEvent.OrderCooked(60 * MS, "soup", 0, 0, 2, 30 * MS, new long[] {30 * MS, 40 * MS, 0, 40 * MS, 60 * MS, 0}));
        r.on(EngineEvent.OrdersServed.one(60 * MS, "soup", 0, 0, 2, 60 * MS));
        r.on(new EngineEvent.OrderCooked(20 * MS, "salad", 0, 0, 0, 15 * MS, new long[] {15 * MS, 20 * MS, 0}));
        r.on(EngineEvent.OrdersServed.one(20 * MS, "salad", 0, 0, 0, 20 * MS));
        r.on(new EngineEvent.Crash(150 * MS, "salad", Model.PROCESS, "SIGSEGV", 4301, 139, 1));
        r.on(new EngineEvent.OrderLost(150 * MS, "salad", 1, "its kitchen died"));
        r.on(new EngineEvent.Race(160 * MS, "soup", "salt", 3, 2));
        r.on(new EngineEvent.Finished(170 * MS));
        return r.timeline();
    }

    private static String written(Timeline timeline) throws IOException {
        StringWriter out = new StringWriter();
        ChromeTrace.write(timeline, LEVEL, SUPERVISOR, out);
        return out.toString();
    }

    private static List<JsonObject> events(String trace, String ph) {
        JsonArray all = JsonParser.parseString(trace).getAsJsonObject().getAsJsonArray("traceEvents");
        return StreamSupport.stream(all.spliterator(), false).map(JsonElement::getAsJsonObject)
                .filter(e -> e.get("ph").getAsString().equals(ph)).toList();
    }

    @Test
    void theTraceKeepsTheFormatsRules() throws IOException {
        String trace = written(run());

        assertThat(ChromeTraceRules.problems(trace)).isEmpty();
        assertThat(JsonParser.parseString(trace).getAsJsonObject().get("displayTimeUnit").getAsString()).isEqualTo("ms");
    }

    @Test
    void eachKitchenIsAProcessUnderItsPidAndEachLaneATrackOfItsOwn() throws IOException {
        List<JsonObject> names = events(written(run()), "M");

        assertThat(names).filteredOn(e -> e.get("name").getAsString().equals("process_name"))
                .extracting(e -> e.get("pid").getAsLong() + " " + e.getAsJsonObject("args").get("name").getAsString())
                .containsExactly("500 forkful (the supervisor)", "4242 soup: thread kitchen", "4300 salad: process house 0",
                        "4301 salad: process house 1");
        assertThat(names).filteredOn(e -> e.get("name").getAsString().equals("thread_name"))
                .extracting(e -> e.get("pid").getAsLong() + " " + e.getAsJsonObject("args").get("name").getAsString())
                .containsExactly("4242 soup chef 0", "4242 soup chef 1", "4300 salad house 0", "4301 salad house 1");
    }

    /** A house rebuilt after its crash is a process of its own in the trace, named like the one it replaced. */
    @Test
    void aRebuiltHouseIsAProcessOfItsOwn() throws IOException {
        TimelineRecorder r = new TimelineRecorder(LEVEL);
        r.on(new EngineEvent.KitchenStarted(0, "salad", 0, Model.PROCESS, 4300, 1));
        r.on(new EngineEvent.OrderCooked(20 * MS, "salad", 0, 0, 0, 15 * MS, new long[] {15 * MS, 20 * MS, 0}));
        r.on(new EngineEvent.Crash(30 * MS, "salad", Model.PROCESS, "SIGSEGV", 4300, 139, 1));
        r.on(new EngineEvent.KitchenStarted(60 * MS, "salad", 0, Model.PROCESS, 4310, 1));
        r.on(new EngineEvent.OrderCooked(90 * MS, "salad", 0, 0, 2, 80 * MS, new long[] {80 * MS, 85 * MS, 0}));
        String trace = written(r.timeline());

        assertThat(ChromeTraceRules.problems(trace)).isEmpty();
        assertThat(events(trace, "M")).filteredOn(e -> e.get("name").getAsString().equals("process_name"))
                .extracting(e -> e.get("pid").getAsLong() + " " + e.getAsJsonObject("args").get("name").getAsString())
                .containsExactly("500 forkful (the supervisor)", "4300 salad: process house 0", "4310 salad: process house 0");
    }

    @Test
    void eachSpanIsACompleteEventNamedAfterItsStepInMicroseconds() throws IOException {
        List<JsonObject> spans = events(written(run()), "X");

        assertThat(spans).extracting(e -> e.get("name").getAsString() + " " + e.get("ts").getAsLong() + "+" + e.get("dur").getAsLong()
                + " order " + e.getAsJsonObject("args").get("order").getAsLong())
                .containsExactly(
                        "waiting for lock 0+1 order 0", "chop 1+9999 order 0", "simmer 10000+20000 order 0",
                        "chop 30000+10000 order 2", "simmer 40000+20000 order 2",
                        "waiting for lock 0+10000 order 1", "chop 10000+10000 order 1", "simmer 20000+20000 order 1",
                        "toss 15000+5000 order 0");
        JsonObject chop = spans.get(1).getAsJsonObject("args");
        assertThat(chop.get("activity").getAsString()).isEqualTo("cooking");
        assertThat(spans.get(0).getAsJsonObject("args").get("activity").getAsString()).isEqualTo("waiting for lock");
        assertThat(chop.get("gil_wait_us").getAsLong()).isEqualTo(3000);
        assertThat(spans.get(0).getAsJsonObject("args").get("locks").getAsString()).isEqualTo("board");
        assertThat(spans.get(0).get("tid")).isNotEqualTo(spans.get(6).get("tid"));
    }

    @Test
    void whatWentWrongIsAnInstantOnItsKitchenOrOnTheSupervisor() throws IOException {
        List<JsonObject> marks = events(written(run()), "i");

        // the crashed house has its row though it served nothing, so its crash is on it; the supervisor carries the
        // lost order of a task of several houses; the race is on soup's one kitchen
        assertThat(marks).extracting(e -> e.get("name").getAsString() + " at " + e.get("ts").getAsLong() + " in "
                        + e.get("pid").getAsLong() + " scope " + e.get("s").getAsString())
                .containsExactly("crash at 150000 in 4301 scope p", "lost order at 150000 in 500 scope p",
                        "race: lost updates at 160000 in 4242 scope p");
        assertThat(marks.get(2).getAsJsonObject("args").get("what").getAsString()).startsWith("1 salt taken and never gone");
    }

    @Test
    void aFreezeOnAKitchenWithLanesIsMarkedOnItsProcessWithHowLongItStalled() throws IOException {
        TimelineRecorder r = new TimelineRecorder(LEVEL);
        r.on(new EngineEvent.KitchenStarted(0, "salad", 0, Model.PROCESS, 4300, 1));
        r.on(new EngineEvent.OrderCooked(20 * MS, "salad", 0, 0, 0, 15 * MS, new long[] {15 * MS, 20 * MS, 0}));
        r.on(new EngineEvent.Freeze(1500 * MS, "salad", Model.PROCESS, 0, 1000, "no heartbeat", true));
        String trace = written(r.timeline());

        JsonObject freeze = events(trace, "i").getFirst();
        assertThat(freeze.get("pid").getAsLong()).isEqualTo(4300);
        assertThat(freeze.get("name").getAsString()).isEqualTo("freeze");
        assertThat(freeze.getAsJsonObject("args").get("stalled_ms").getAsLong()).isEqualTo(1000);
        assertThat(ChromeTraceRules.problems(trace)).isEmpty();
    }

    @Test
    void thePlotsAreCountersOfTheSupervisorPerTenthOfASecond() throws IOException {
        List<JsonObject> counters = events(written(run()), "C");

        assertThat(counters).allSatisfy(c -> assertThat(c.get("pid").getAsLong()).isEqualTo(SUPERVISOR));
        assertThat(counters).filteredOn(c -> c.get("name").getAsString().equals("served"))
                .extracting(c -> c.get("ts").getAsLong() + "=" + c.getAsJsonObject("args").get("per 100 ms").getAsLong())
                .containsExactly("0=4", "100000=0");
        assertThat(counters).filteredOn(c -> c.get("name").getAsString().equals("memory"))
                .extracting(c -> c.getAsJsonObject("args").get("bytes").getAsLong()).containsExactly(30_000_000L, 30_000_000L);
        assertThat(counters).filteredOn(c -> c.get("name").getAsString().equals("cores")).hasSize(2);
    }

    @Test
    void aRunWithoutMemoryFiguresHasNoMemoryCounter() throws IOException {
        TimelineRecorder r = new TimelineRecorder(LEVEL);
        r.on(new EngineEvent.KitchenStarted(0, "salad", 0, Model.PROCESS, 4300, 1));
        r.on(new EngineEvent.Stats(50 * MS, "salad", 0, 4300, -1, -1, -1, -1, 0, 0));

        assertThat(events(written(r.timeline()), "C")).extracting(c -> c.get("name").getAsString()).doesNotContain("memory");
    }

    @Test
    void aFrozenSpanOfAnUnknownStepThatOverlapsTheSpanBeforeStartsWhereThatOneEnded() throws IOException {
        Lane loop = new Lane("soup", 0, 77, Model.COROUTINE, 0, List.of(
                new Span(0, 10 * MS, Activity.COOKING, 3, 0, 0),
                new Span(8 * MS, 500 * MS, Activity.FROZEN, -1, -1, 0)));
        String trace = written(new Timeline(500 * MS, List.of(loop), List.of(), run().plots(), 0));

        assertThat(ChromeTraceRules.problems(trace)).isEmpty();
        JsonObject frozen = events(trace, "X").get(1);
        assertThat(frozen.get("name").getAsString()).isEqualTo("frozen");
        assertThat(frozen.get("ts").getAsLong()).isEqualTo(10_000);
        assertThat(frozen.get("dur").getAsLong()).isEqualTo(490_000);
        assertThat(frozen.getAsJsonObject("args").keySet()).containsExactly("activity", "gil_wait_us", "clipped_us");
        assertThat(frozen.getAsJsonObject("args").get("clipped_us").getAsLong()).isEqualTo(2_000);
    }
}
