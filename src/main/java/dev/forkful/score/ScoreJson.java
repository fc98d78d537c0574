package dev.forkful.score;

import com.google.gson.stream.JsonWriter;
import dev.forkful.level.Level;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link Score} as the one JSON object of {@code run --json} (DESIGN.md section 4), field
 * by field through Gson's {@link JsonWriter}: no reflection, snake_case names. The overall figures
 * sit at the top level; {@code tasks} holds the same figures per task. A latency with no order
 * served is {@code null}, and so is a memory, CPU or thread figure this system does not measure. {@code peak_pss_mb}
 * is the run's memory (the kitchens' proportional set sizes added up at their highest);
 * {@code peak_rss_mb} adds up their resident sets, which count each shared page once per kitchen.
 * README.md's "run --json fields" documents every field.
 */
public final class ScoreJson {
    private ScoreJson() {
    }

    /**
     * {@code "machine": {"cores", "thread_share", "others_runnable", "best_share", "wake_delay_us", "work_speed"}},
     * each null where not measured.
     */
    private static void machine(JsonWriter json, Score.Machine m) throws IOException {
        json.name("machine").beginObject();
        json.name("cores").value(m.cores());
        if (m.measured()) {
            if (m.threadShare() >= 0) {
                json.name("thread_share").value(Math.round(m.threadShare() * 100) / 100.0);
            } else {
                json.name("thread_share").nullValue();
            }
            json.name("others_runnable").value(Math.round(Math.max(0, m.othersRunnable()) * 100) / 100.0);
            json.name("best_share").value(Math.round(m.bestShare() * 100) / 100.0);
        } else {
            json.name("thread_share").nullValue();
            json.name("others_runnable").nullValue();
            json.name("best_share").nullValue();
        }
        if (m.wakeDelayNanos() >= 0) {
            json.name("wake_delay_us").value(Math.round(m.wakeDelayNanos() / 1_000.0));
        } else {
            json.name("wake_delay_us").nullValue();
        }
        if (m.workSpeed() > 0) {
            json.name("work_speed").value(Math.round(m.workSpeed() * 100) / 100.0);
        } else {
            json.name("work_speed").nullValue();
        }
        json.endObject();
    }

    public static void write(Score score, Level level, RunFacts facts, Writer out) throws IOException {
        JsonWriter json = new JsonWriter(out);
        json.beginObject();
        head(json, score, facts);
        json.name("finished").value(score.finished());
        figures(json, score.total());
        stars(json, score.stars(), score.starChecks());
        explain(json, Explain.reasons(score, level));
        json.name("tasks").beginArray();
        for (Score.TaskScore task : score.tasks()) {
            json.beginObject();
            plan(json, task);
            figures(json, task.figures());
            counts(json.name("lost_updates"), task.lostUpdates());
            counts(json.name("lost_reasons"), task.lostReasons());
            json.endObject();
        }
        json.endArray();
        json.endObject();
        json.flush();
    }

    /** What ran where: the level, the plan, the seed, forkful's and Java's versions and the machine's cores. */
    static void head(JsonWriter json, Score score, RunFacts facts) throws IOException {
        json.name("level").value(score.level());
        json.name("plan").value(score.plan());
        json.name("seed").value(facts.seed());
        json.name("version").value(facts.version());
        json.name("java").value(facts.java());
        json.name("cores").value(score.cores());
        machine(json, score.machine());
    }

    /** A task's part of the plan; {@code lock} only for models whose chefs share a fridge that a lock guards. */
    static void plan(JsonWriter json, Score.TaskScore task) throws IOException {
        json.name("task").value(task.task());
        json.name("model").value(task.model() == null ? null : task.model().id());
        json.name("workers").value(task.workers());
        if (task.model() != null && Score.TaskScore.hasLock(task.model())) {
            json.name("lock").value(task.lock());
        }
    }

    /** The stars earned and each star's conditions, held or failed, with the figures they compared. */
    static void stars(JsonWriter json, int stars, List<Score.StarCheck> checks) throws IOException {
        json.name("stars").value(stars);
        json.name("stars_possible").value(checks.size());
        json.name("star_checks").beginArray();
        for (int i = 0; i < checks.size(); i++) {
            Score.StarCheck check = checks.get(i);
            json.beginObject();
            json.name("star").value(i + 1);
            json.name("name").value(check.rule().name());
            json.name("held").value(check.held());
            json.name("conditions").beginArray();
            for (Score.Condition c : check.conditions()) {
                json.beginObject();
                json.name("condition").value(c.name());
                json.name("limit").value(round(c.limit(), 1000));
                json.name("value").value(round(c.value(), 1000));
                json.name("held").value(c.held());
                json.name("text").value(c.text());
                json.endObject();
            }
            json.endArray();
            json.endObject();
        }
        json.endArray();
    }

    /** What happened: each sentence with the truth-table row it stands for. */
    static void explain(JsonWriter json, List<Explain.Reason> reasons) throws IOException {
        json.name("explain").beginArray();
        for (Explain.Reason r : reasons) {
            json.beginObject();
            json.name("row").value(r.row().id());
            json.name("task").value(r.task());
            json.name("model").value(r.model() == null ? null : r.model().id());
            json.name("text").value(r.text());
            json.endObject();
        }
        json.endArray();
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
        json.name("cpu_ms").value(f.cpuMs() < 0 ? null : f.cpuMs());
        json.name("cores_used").value(f.cpuMs() < 0 ? null : round(f.coresUsed(), 100));
        json.name("blocked_ms").value(f.blockedMs());
        json.name("processes").value(f.processes());
        json.name("threads").value(f.threads() < 0 ? null : f.threads());
        json.name("coroutines").value(f.coroutines());
        json.name("virtual_threads").value(f.virtualThreads());
        json.name("ideal_ms").value(f.idealMs());
    }

    private static void counts(JsonWriter json, Map<String, Long> counts) throws IOException {
        json.beginObject();
        for (var e : counts.entrySet()) {
            json.name(e.getKey()).value(e.getValue());
        }
        json.endObject();
    }

    static double round(double value, int per) {
        return Math.round(value * per) / (double) per;
    }
}
