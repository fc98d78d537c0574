package dev.forkful.score;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * Writes {@code run --repeat N --json}: one object with the head of a single run's object, the stars
 * from the medians, each figure as {@code {median, min, max}} overall and per task, the outcome
 * histograms, each run's stars, and the story of the median run. README.md documents the fields.
 */
public final class RepeatJson {
    private RepeatJson() {
    }

    public static void write(Repeats r, RunFacts facts, Writer out) throws IOException {
        JsonWriter json = new JsonWriter(out);
        Score first = r.runs().getFirst();
        json.beginObject();
        ScoreJson.head(json, first, facts);
        json.name("repeat").value(r.runs().size());
        ScoreJson.stars(json, r.stars(), r.starChecks());
        json.name("stars_per_run").beginArray();
        for (Score s : r.runs()) {
            json.value(s.stars());
        }
        json.endArray();
        figures(json, r, null);
        json.name("outcomes").beginObject();
        for (Repeats.Figure outcome : Repeats.OUTCOMES) {
            json.name(outcome.name()).beginObject();
            for (Map.Entry<Long, Integer> e : r.histogram(outcome).entrySet()) {
                json.name(Long.toString(e.getKey())).value(e.getValue());
            }
            json.endObject();
        }
        json.endObject();
        int median = r.medianRun();
        json.name("explain_run").value(median + 1);
        ScoreJson.explain(json, Explain.reasons(r.runs().get(median), r.level()));
        json.name("tasks").beginArray();
        for (Score.TaskScore task : first.tasks()) {
            json.beginObject();
            ScoreJson.plan(json, task);
            figures(json, r, task.task());
            json.endObject();
        }
        json.endArray();
        json.endObject();
        json.flush();
    }

    private static void figures(JsonWriter json, Repeats r, String task) throws IOException {
        json.name("figures").beginObject();
        for (Repeats.Figure f : Repeats.FIGURES) {
            Repeats.Spread s = r.spread(f, task);
            json.name(f.name()).beginObject();
            number(json.name("median"), s.median());
            number(json.name("min"), s.min());
            number(json.name("max"), s.max());
            json.endObject();
        }
        json.endObject();
    }

    private static void number(JsonWriter json, double x) throws IOException {
        if (Double.isNaN(x)) {
            json.nullValue();
        } else {
            json.value(ScoreJson.round(x, 1000));
        }
    }
}
