package dev.forkful.score;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * Writes a {@link Score} as the one JSON object of {@code run --json} (DESIGN.md section 4), field
 * by field through Gson's {@link JsonWriter}: no reflection, snake_case names. The overall figures
 * sit at the top level; {@code tasks} holds the same figures per task. A latency with no order
 * served is {@code null}, and so is a memory figure this system does not measure. {@code peak_pss_mb}
 * is the run's memory (the kitchens' proportional set sizes added up at their highest);
 * {@code peak_rss_mb} adds up their resident sets, which count each shared page once per kitchen.
 */
public final class ScoreJson {
    private ScoreJson() {
    }

    /** {@code "machine": {"cores", "others_runnable", "best_share"}}, the load figures null where not measured. */
    private static void machine(JsonWriter json, Score.Machine m) throws IOException {
        json.name("machine").beginObject();
        json.name("cores").value(m.cores());
        if (m.measured()) {
            json.name("others_runnable").value(Math.round(m.othersRunnable() * 100) / 100.0);
            json.name("best_share").value(Math.round(m.bestShare() * 100) / 100.0);
        } else {
            json.name("others_runnable").nullValue();
            json.name("best_share").nullValue();
        }
        json.endObject();
    }

    public static void write(Score score, Writer out) throws IOException {
        JsonWriter json = new JsonWriter(out);
        json.beginObject();
        json.name("level").value(score.level());
        json.name("plan").value(score.plan());
        json.name("cores").value(score.cores());
        machine(json, score.machine());
        json.name("finished").value(score.finished());
        figures(json, score.total());
        json.name("stars").value(score.stars());
        json.name("stars_possible").value(score.starChecks().size());
        json.name("tasks").beginArray();
        for (Score.TaskScore task : score.tasks()) {
            json.beginObject();
            json.name("task").value(task.task());
            json.name("model").value(task.model() == null ? null : task.model().id());
            json.name("workers").value(task.workers());
            json.name("lock").value(task.lock());
            figures(json, task.figures());
            counts(json.name("lost_updates"), task.lostUpdates());
            counts(json.name("lost_reasons"), task.lostReasons());
            json.endObject();
        }
        json.endArray();
        json.endObject();
        json.flush();
    }

    private static void figures(JsonWriter json, Score.Figures f) throws IOException {
        json.name("orders").value(f.orders());
        json.name("served").value(f.served());
        json.name("lost").value(f.lost());
        json.name("wall_ms").value(f.wallMs());
        json.name("throughput_per_s").value(round(f.throughputPerS(), 100));
        json.name("latency_ms").beginObject();
        json.name("p50").value(Double.isNaN(f.latencyP50Ms()) ? null : round(f.latencyP50Ms(), 1000));
        json.name("p95").value(Double.isNaN(f.latencyP95Ms()) ? null : round(f.latencyP95Ms(), 1000));
        json.endObject();
        json.name("crashes").beginArray();
        for (Score.CrashRecord c : f.crashes()) {
            json.beginObject();
            json.name("task").value(c.task());
            json.name("model").value(c.model());
            json.name("kind").value(c.kind());
            json.name("pid").value(c.pid());
            json.name("exit_status").value(c.exitStatus());
            json.name("dishes_lost").value(c.dishesLost());
            json.endObject();
        }
        json.endArray();
        json.name("freezes").beginArray();
        for (Score.FreezeRecord fr : f.freezes()) {
            json.beginObject();
            json.name("task").value(fr.task());
            json.name("model").value(fr.model());
            json.name("stalled_ms").value(fr.stalledMs());
            json.name("cause").value(fr.cause());
            json.name("killed").value(fr.killed());
            json.endObject();
        }
        json.endArray();
        json.name("races").value(f.races());
        json.name("peak_rss_mb").value(f.peakRssMb() < 0 ? null : round(f.peakRssMb(), 10));
        json.name("peak_pss_mb").value(f.pssMeasured() ? round(f.peakPssMb(), 10) : null);
        json.name("cpu_ms").value(f.cpuMs());
        json.name("processes").value(f.processes());
        json.name("threads").value(f.threads());
        json.name("coroutines").value(f.coroutines());
        json.name("ideal_ms").value(f.idealMs());
    }

    private static void counts(JsonWriter json, Map<String, Long> counts) throws IOException {
        json.beginObject();
        for (var e : counts.entrySet()) {
            json.name(e.getKey()).value(e.getValue());
        }
        json.endObject();
    }

    private static double round(double value, int per) {
        return Math.round(value * per) / (double) per;
    }
}
