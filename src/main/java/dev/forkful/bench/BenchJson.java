package dev.forkful.bench;

import com.google.gson.stream.JsonWriter;
import dev.forkful.bench.ModelCost.Timing;
import java.io.IOException;
import java.io.Writer;

/**
 * {@code bench --json}: one object. Per model the medians as before ({@code create_us},
 * {@code switch_ns}, {@code bytes_per_unit}, {@code units}), and in full {@code create} and
 * {@code switch} (each {@code what}, {@code median_ns}, {@code q1_ns} and {@code q3_ns} (the
 * middle half of the trials, which a verdict compares), {@code min_ns}, {@code max_ns}) and {@code memory} ({@code what}, {@code kind}: USS, USS + kernel stack or heap kept;
 * {@code bytes_per_unit}, {@code units}). Beside them {@code os_process} ({@code spawn},
 * {@code process_builder}, the memory of an idle {@code /bin/sleep} and an idle kitchen as
 * {@code uss_bytes}, {@code pss_bytes}, {@code rss_bytes}), {@code thread_pipe_switch},
 * {@code asyncio} ({@code measured} false with {@code why} where there is no python3), the load
 * averages, and the seed's claims with a {@code verdict}: holds, differs, or too close to call.
 * A figure this system does not measure is {@code null}.
 */
public final class BenchJson {
    private BenchJson() {
    }

    public static void write(BenchReport r, Writer out) throws IOException {
        JsonWriter json = new JsonWriter(out);
        json.beginObject();
        json.name("cores").value(r.cores());
        json.name("java").value(r.java());
        json.name("load_before").value(r.loadBefore().isEmpty() ? null : r.loadBefore());
        json.name("load_after").value(r.loadAfter().isEmpty() ? null : r.loadAfter());
        json.name("trials").value(r.trials());
        json.name("kitchen_ping_us").value(Math.round(r.pingRoundUs() * 10) / 10.0);
        for (ModelCost c : r.costs()) {
            json.name(c.model().id()).beginObject();
            json.name("create_us").value(Math.round(c.create().ns().median()) / 1000.0);
            json.name("switch_ns").value(Math.round(c.handOff().ns().median() * 10) / 10.0);
            json.name("bytes_per_unit").value(c.memory().bytesPerUnit() < 0 ? null : c.memory().bytesPerUnit());
            json.name("units").value(c.memory().units());
            json.name("created_per_trial").value(c.created());
            json.name("switches_per_trial").value(c.switches());
            timing(json.name("create"), c.create());
            timing(json.name("switch"), c.handOff());
            json.name("memory").beginObject();
            json.name("what").value(c.memory().what());
            json.name("kind").value(c.memory().kind());
            json.name("bytes_per_unit").value(c.memory().bytesPerUnit() < 0 ? null : c.memory().bytesPerUnit());
            json.name("units").value(c.memory().units());
            json.endObject();
            json.endObject();
        }
        json.name("os_process").beginObject();
        timing(json.name("spawn"), r.os().spawn());
        timing(json.name("process_builder"), r.os().builder());
        rollup(json.name("idle_sleep_memory"), r.os().idle());
        rollup(json.name("idle_kitchen_memory"), r.os().kitchen());
        json.endObject();
        timing(json.name("thread_pipe_switch"), r.threadPipe());
        asyncio(json.name("asyncio"), r.asyncio());
        json.name("claims").beginArray();
        for (SeedClaims.Claim claim : SeedClaims.check(r)) {
            json.beginObject();
            json.name("seed").value(claim.seedSays());
            json.name("measured").value(claim.measured());
            json.name("verdict").value(claim.verdict().words);
            json.name("holds").value(claim.verdict() == SeedClaims.Verdict.TOO_CLOSE ? null
                    : claim.verdict() == SeedClaims.Verdict.HOLDS);
            json.endObject();
        }
        json.endArray();
        json.endObject();
        json.flush();
    }

    private static void timing(JsonWriter json, Timing t) throws IOException {
        object(json, t, (j, timing) -> {
            j.name("what").value(timing.what());
            spread(j, timing.ns());
        });
    }

    private static void spread(JsonWriter json, Spread ns) throws IOException {
        json.name("median_ns").value(Math.round(ns.median() * 10) / 10.0);
        json.name("q1_ns").value(Math.round(ns.q1() * 10) / 10.0);
        json.name("q3_ns").value(Math.round(ns.q3() * 10) / 10.0);
        json.name("min_ns").value(Math.round(ns.min() * 10) / 10.0);
        json.name("max_ns").value(Math.round(ns.max() * 10) / 10.0);
    }

    private static void rollup(JsonWriter json, Rollup m) throws IOException {
        object(json, m, (j, memory) -> {
            j.name("uss_bytes").value(memory.ussBytes());
            j.name("pss_bytes").value(memory.pssBytes());
            j.name("rss_bytes").value(memory.rssBytes());
        });
    }

    /** Writes the fields of one object; {@code null} for a figure not measured here. */
    private interface Fields<T> {
        void write(JsonWriter json, T value) throws IOException;
    }

    private static <T> void object(JsonWriter json, T value, Fields<T> fields) throws IOException {
        if (value == null) {
            json.nullValue();
            return;
        }
        json.beginObject();
        fields.write(json, value);
        json.endObject();
    }

    private static void asyncio(JsonWriter json, Asyncio a) throws IOException {
        json.beginObject();
        json.name("measured").value(a.measured());
        if (!a.measured()) {
            json.name("why").value(a.python());
            json.endObject();
            return;
        }
        json.name("python").value(a.python());
        json.name("create").beginObject();
        json.name("what").value("asyncio.create_task of a coroutine that awaits a future");
        spread(json, a.createNs());
        json.endObject();
        json.name("switch").beginObject();
        json.name("what").value("await asyncio.sleep(0) between two Tasks");
        spread(json, a.switchNs());
        json.endObject();
        json.name("memory").beginObject();
        json.name("what").value("a Task parked on a future");
        json.name("kind").value("Python heap (tracemalloc)");
        json.name("bytes_per_unit").value(a.bytesPerTask());
        json.name("units").value(a.tasksHeld());
        json.endObject();
        json.endObject();
    }
}
