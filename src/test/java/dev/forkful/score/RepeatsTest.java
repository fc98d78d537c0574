package dev.forkful.score;

import static dev.forkful.score.Levels.plan;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.forkful.engine.EngineEvent;
import dev.forkful.level.Model;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RepeatsTest {

    /** One run of KITCHEN's stew (4 orders) with thread:2:nolock, done at {@code wallMs}, with {@code lostUpdates}. */
    private static Score run(long wallMs, long lostUpdates) {
        List<EngineEvent> events = new ArrayList<>();
        Runs.serve(events, "stew", 0, 4, wallMs);
        events.add(new EngineEvent.Race(wallMs * Runs.MS, "stew", "salt", 40, 40 - lostUpdates));
        events.add(new EngineEvent.Finished(wallMs * Runs.MS + 1));
        return Runs.score(plan("stew", Model.THREAD, 2, false), 2, events);
    }

    private final Repeats repeats = new Repeats(Runs.KITCHEN,
            List.of(run(100, 0), run(300, 3), run(110, 0), run(120, 3), run(105, 7)));

    @Test
    void figuresHaveTheirMedianAndSpreadAndTheStoryIsTheMedianRuns() {
        Repeats.Spread wall = repeats.spread(Repeats.WALL, null);

        assertThat(wall).isEqualTo(new Repeats.Spread(110, 100, 300));
        assertThat(repeats.medianRun()).isEqualTo(2);
        assertThat(Repeats.Spread.of(new double[] {4, 1, 3, 2})).isEqualTo(new Repeats.Spread(2.5, 1, 4));
    }

    @Test
    void luckyOutcomesAreCountedRunByRun() {
        Repeats.Figure races = Repeats.OUTCOMES.getFirst();

        assertThat(repeats.histogram(races)).containsExactly(java.util.Map.entry(0L, 2), java.util.Map.entry(3L, 2),
                java.util.Map.entry(7L, 1));
    }

    @Test
    void starsComeFromTheMediansAndTheJsonCarriesSpreadsAndCounts() throws IOException {
        // the median of 0, 3, 0, 3, 7 lost updates is 3: the third star (races not set) is judged on par alone
        StringWriter out = new StringWriter();
        RepeatJson.write(repeats, new RunFacts(3, "1.2.3", "25"), out);
        JsonObject json = JsonParser.parseString(out.toString()).getAsJsonObject();

        assertThat(json.get("repeat").getAsInt()).isEqualTo(5);
        assertThat(json.get("stars").getAsInt()).isEqualTo(repeats.stars());
        assertThat(json.getAsJsonArray("stars_per_run")).hasSize(5);
        JsonObject wall = json.getAsJsonObject("figures").getAsJsonObject("wall_ms");
        assertThat(wall.get("median").getAsDouble()).isEqualTo(110);
        assertThat(wall.get("min").getAsDouble()).isEqualTo(100);
        assertThat(wall.get("max").getAsDouble()).isEqualTo(300);
        assertThat(json.getAsJsonObject("outcomes").getAsJsonObject("races").get("3").getAsInt()).isEqualTo(2);
        assertThat(json.get("explain_run").getAsInt()).isEqualTo(3);
        assertThat(json.getAsJsonArray("explain")).isNotEmpty();
        assertThat(json.getAsJsonArray("tasks").get(1).getAsJsonObject().get("lock").getAsBoolean()).isFalse();
        assertThat(RepeatText.render(repeats)).contains("5 runs in a row", "wall_ms", "110", "100 - 300",
                "races       0 in 2 runs, 3 in 2 runs, 7 in 1 run (of 5)", "Run 3 of 5");
    }

    /** Soup served by {@code wallMs} beside {@code others} busy threads: the ideal grows with them. */
    private static Score soupRun(long wallMs, double others) {
        List<EngineEvent> events = new ArrayList<>();
        Runs.serve(events, "soup", 0, 8, wallMs);
        events.add(new EngineEvent.MachineShare(wallMs * Runs.MS, 2, others == 0 ? 1 : 2 / (2 + others), others, -1, 5));
        events.add(new EngineEvent.Finished(wallMs * Runs.MS + 1));
        return Runs.score(plan("soup", Model.THREAD, 2, true), 2, events);
    }

    /**
     * Each run's ideal counts the share of the cores it had: the par is judged on the run of the
     * median multiple, never on a median wall over a median ideal taken from two other runs.
     */
    @Test
    void theParIsJudgedOnTheRunOfTheMedianMultiple() {
        List<Score> runs = List.of(soupRun(150, 0), soupRun(700, 18), soupRun(300, 0));
        double[] multiples = runs.stream().mapToDouble(r -> r.total().parMultiple()).sorted().toArray();
        Repeats three = new Repeats(Runs.KITCHEN, runs);

        double judged = three.starChecks().stream().flatMap(c -> c.conditions().stream())
                .filter(c -> c.name().equals("par")).findFirst().orElseThrow().value();
        assertThat(runs.get(1).total().idealMs()).isGreaterThan(runs.get(0).total().idealMs());
        assertThat(judged).isEqualTo(multiples[1]).isEqualTo(runs.get(1).total().parMultiple());
        assertThat(judged).as("a median wall over a median ideal").isNotEqualTo(300.0 / runs.get(0).total().idealMs());
    }
}
