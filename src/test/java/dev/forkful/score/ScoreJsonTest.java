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

class ScoreJsonTest {
    private static final List<String> FIGURES = List.of("orders", "served", "lost", "wall_ms", "throughput_per_s",
            "latency_ms", "crashes", "freezes", "races", "peak_rss_mb", "peak_pss_mb", "cpu_ms", "processes", "threads", "coroutines",
            "ideal_ms");

    @Test
    void aFigureNotMeasuredHereIsNullNeverAStandIn() throws IOException {
        List<EngineEvent> events = new ArrayList<>();
        events.add(Runs.started("soup", Model.THREAD, 77));
        events.add(Runs.unmeasured("soup", 77));
        Runs.serve(events, "soup", 0, 8, 40);
        StringWriter out = new StringWriter();
        ScoreJson.write(Runs.score(plan("soup", Model.THREAD, 4, true), 2, events), Runs.KITCHEN, new RunFacts(7, "1.2.3", "25"), out);
        JsonObject json = JsonParser.parseString(out.toString()).getAsJsonObject();

        for (JsonObject figures : List.of(json, json.getAsJsonArray("tasks").get(0).getAsJsonObject())) {
            for (String f : List.of("peak_rss_mb", "peak_pss_mb", "cpu_ms", "cores_used", "threads")) {
                assertThat(figures.get(f).isJsonNull()).as(f).isTrue();
            }
            assertThat(figures.get("processes").getAsInt()).isEqualTo(1);
        }
    }

    @Test
    void everyContractFieldParsesBackWithItsValue() throws IOException {
        List<EngineEvent> events = new ArrayList<>();
        events.add(Runs.started("soup", Model.THREAD, 77));
        events.add(Runs.stats("soup", 77, 64, 30, 0));
        Runs.serve(events, "soup", 0, 6, 40);
        events.add(new EngineEvent.OrdersArrived(0, "soup", 6, 1));
        events.add(new EngineEvent.OrdersArrived(0, "soup", 7, 1));
        events.add(new EngineEvent.Crash(41 * Runs.MS, "soup", Model.THREAD, "segfault", 77, 139, 2));
        events.add(new EngineEvent.OrderLost(41 * Runs.MS, "soup", 6, "kitchen died"));
        events.add(new EngineEvent.OrderLost(41 * Runs.MS, "soup", 7, "kitchen died"));
        Runs.serve(events, "stew", 0, 4, 120);
        events.add(new EngineEvent.Freeze(60 * Runs.MS, "stew", Model.COROUTINE, 0, 150, "block in simmer", false));
        events.add(new EngineEvent.Race(121 * Runs.MS, "stew", "salt", 4, 3));
        events.add(new EngineEvent.Finished(122 * Runs.MS));
        Score score = Runs.score(plan("soup", Model.THREAD, 4, true, "stew", Model.COROUTINE, 1, true), 2, events);

        StringWriter out = new StringWriter();
        ScoreJson.write(score, Runs.KITCHEN, new RunFacts(7, "1.2.3", "25"), out);
        JsonObject json = JsonParser.parseString(out.toString()).getAsJsonObject();

        assertThat(json.keySet()).contains("level", "plan", "stars", "tasks").containsAll(FIGURES);
        assertThat(json.get("level").getAsString()).isEqualTo("test-level");
        assertThat(json.get("plan").getAsString()).isEqualTo("soup=thread:4 stew=coroutine");
        assertThat(json.get("orders").getAsLong()).isEqualTo(12);
        assertThat(json.get("served").getAsLong()).isEqualTo(10);
        assertThat(json.get("lost").getAsLong()).isEqualTo(2);
        assertThat(json.get("wall_ms").getAsLong()).isEqualTo(120);
        assertThat(json.get("throughput_per_s").getAsDouble()).isEqualTo(83.33);
        assertThat(json.getAsJsonObject("latency_ms").get("p50").getAsDouble()).isEqualTo(40.0);
        assertThat(json.getAsJsonObject("latency_ms").get("p95").getAsDouble()).isEqualTo(120.0);
        JsonObject crash = json.getAsJsonArray("crashes").get(0).getAsJsonObject();
        assertThat(crash.get("task").getAsString()).isEqualTo("soup");
        assertThat(crash.get("model").getAsString()).isEqualTo("thread");
        assertThat(crash.get("kind").getAsString()).isEqualTo("segfault");
        assertThat(crash.get("pid").getAsLong()).isEqualTo(77);
        assertThat(crash.get("exit_status").getAsInt()).isEqualTo(139);
        assertThat(crash.get("dishes_lost").getAsInt()).isEqualTo(2);
        JsonObject freeze = json.getAsJsonArray("freezes").get(0).getAsJsonObject();
        assertThat(freeze.get("task").getAsString()).isEqualTo("stew");
        assertThat(freeze.get("model").getAsString()).isEqualTo("coroutine");
        assertThat(freeze.get("stalled_ms").getAsLong()).isEqualTo(150);
        assertThat(freeze.get("cause").getAsString()).isEqualTo("block in simmer");
        assertThat(json.get("races").getAsLong()).isEqualTo(1);
        assertThat(json.get("peak_rss_mb").getAsDouble()).isEqualTo(64.0);
        assertThat(json.get("peak_pss_mb").getAsDouble()).isEqualTo(32.0);
        assertThat(json.get("cpu_ms").getAsLong()).isEqualTo(30);
        assertThat(json.get("processes").getAsInt()).isEqualTo(1);
        assertThat(json.get("threads").getAsInt()).isEqualTo(30);
        assertThat(json.get("coroutines").getAsInt()).isZero();
        assertThat(json.get("ideal_ms").getAsLong()).isEqualTo(score.total().idealMs()).isPositive();
        assertThat(json.get("stars").getAsInt()).isEqualTo(1);

        assertThat(json.getAsJsonArray("tasks")).hasSize(2);
        for (var t : json.getAsJsonArray("tasks")) {
            assertThat(t.getAsJsonObject().keySet()).contains("task", "model", "workers").containsAll(FIGURES);
        }
        JsonObject stew = json.getAsJsonArray("tasks").get(1).getAsJsonObject();
        assertThat(stew.get("model").getAsString()).isEqualTo("coroutine");
        assertThat(stew.get("races").getAsLong()).isEqualTo(1);
        assertThat(stew.getAsJsonArray("freezes")).hasSize(1);
        assertThat(stew.getAsJsonArray("crashes")).isEmpty();
        assertThat(stew.getAsJsonObject("lost_updates").get("salt").getAsLong()).isEqualTo(1);
    }

    @Test
    void aLatencyWithNothingServedIsNull() throws IOException {
        Score score = Runs.score(plan("soup", Model.THREAD, 1, true), 2, List.of());
        StringWriter out = new StringWriter();
        ScoreJson.write(score, Runs.KITCHEN, new RunFacts(7, "1.2.3", "25"), out);

        JsonObject latency = JsonParser.parseString(out.toString()).getAsJsonObject().getAsJsonObject("latency_ms");
        assertThat(latency.get("p50").isJsonNull()).isTrue();
        assertThat(latency.get("p95").isJsonNull()).isTrue();
    }
}
