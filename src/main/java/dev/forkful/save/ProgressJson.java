package dev.forkful.save;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.JsonSyntaxException;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import com.google.gson.stream.MalformedJsonException;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The progress file's text. Format 3 keeps the built-in campaign's records under {@code levels},
 * loose files' under {@code files}, and each folder campaign's, shaped the same, under
 * {@code campaigns} by its key; format 2 (before folder campaigns) and format 1 (before loose files
 * had their own records) are read as the built-in campaign's. Read strictly: no NaN or Infinity,
 * whole numbers where a count is meant, each record sound ({@link LevelProgress}); anything else is
 * {@link Damaged}.
 */
final class ProgressJson {
    static final int FORMAT = 3;
    private static final int FIRST_FORMAT = 1;
    private static final int LOOSE_FILES_FORMAT = 2;
    /** Where Gson's message says the text went wrong; the rest of it (a link, an option) is for programmers. */
    private static final Pattern DIGITS = Pattern.compile("-?\\d{1,18}");
    private static final Pattern WHERE = Pattern.compile("line (\\d+) column (\\d+)");

    private ProgressJson() {
    }

    /** The file does not hold a progress this game can trust; the message says what is wrong. */
    static final class Damaged extends Exception {
        Damaged(String message) {
            super(message);
        }
    }

    static SavedProgress parse(String text) throws Damaged {
        try {
            JsonReader reader = new JsonReader(new StringReader(text));
            reader.setStrictness(Strictness.STRICT);
            JsonElement tree = JsonParser.parseReader(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new Damaged("there is more after the progress");
            }
            JsonObject root = object(tree, "the progress");
            long format = whole(root, "format", FORMAT);
            if (format < FIRST_FORMAT) {
                throw new Damaged("format " + format + " is not one this game knows (1 to " + FORMAT + ")");
            }
            Map<String, Progress> campaigns = new LinkedHashMap<>();
            if (format == FORMAT) {
                for (Map.Entry<String, JsonElement> e : object(root.get("campaigns"), "\"campaigns\"").entrySet()) {
                    // quoted as JSON: a key is the file's text, and must not drive the terminal it is shown on
                    String name = "campaign " + new JsonPrimitive(e.getKey());
                    campaigns.put(e.getKey(), progress(object(e.getValue(), name), format, name + ": "));
                }
            }
            return new SavedProgress(progress(root, format, ""), campaigns);
        } catch (MalformedJsonException | JsonSyntaxException e) {
            Matcher at = WHERE.matcher(String.valueOf(e.getMessage()));
            throw new Damaged("it is not valid JSON" + (at.find() ? " (line " + at.group(1) + ", column " + at.group(2) + ")" : ""));
        } catch (IOException | RuntimeException e) {
            throw new Damaged(e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    /** One campaign's records; {@code where} starts a message about a campaign other than the built-in one. */
    private static Progress progress(JsonObject o, long format, String where) throws Damaged {
        try {
            Set<String> unlocked = new LinkedHashSet<>();
            JsonElement ids = o.get("unlocked");
            if (ids == null || !ids.isJsonArray()) {
                throw new Damaged("\"unlocked\" is " + (ids == null ? "missing" : "not a list"));
            }
            for (JsonElement id : ids.getAsJsonArray()) {
                if (!id.isJsonPrimitive() || !id.getAsJsonPrimitive().isString()) {
                    throw new Damaged("\"unlocked\" holds " + id + "; it is a list of level ids");
                }
                unlocked.add(id.getAsString());
            }
            Map<String, LevelProgress> files = format < LOOSE_FILES_FORMAT ? Map.of() : records(object(o.get("files"), "\"files\""));
            return new Progress(records(object(o.get("levels"), "\"levels\"")), files, unlocked);
        } catch (Damaged d) {
            throw where.isEmpty() ? d : new Damaged(where + d.getMessage());
        }
    }

    private static Map<String, LevelProgress> records(JsonObject object) throws Damaged {
        Map<String, LevelProgress> records = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> e : object.entrySet()) {
            JsonObject l = object(e.getValue(), new JsonPrimitive(e.getKey()).toString());
            try {
                records.put(e.getKey(), new LevelProgress(
                        (int) whole(l, "stars", LevelProgress.MAX_STARS),
                        whole(l, "best_wall_ms", Long.MAX_VALUE),
                        finite(l, "best_throughput_per_s"),
                        (int) whole(l, "hints_seen", Integer.MAX_VALUE),
                        bestPlan(l.get("best_plan"))));
            } catch (IllegalArgumentException | Damaged bad) {
                // quoted as JSON: a key is the file's text, and must not drive the terminal it is shown on
                throw new Damaged(new JsonPrimitive(e.getKey()) + ": " + bad.getMessage());
            }
        }
        return records;
    }

    /** The record's best plan; a record written before plans were kept has none. */
    private static LevelProgress.BestPlan bestPlan(JsonElement e) throws Damaged {
        if (e == null) {
            return LevelProgress.BestPlan.NONE;
        }
        JsonObject o = object(e, "best_plan");
        JsonElement plan = o.get("plan");
        if (plan == null || !plan.isJsonPrimitive() || !plan.getAsJsonPrimitive().isString()) {
            throw new Damaged("best_plan's plan is " + (plan == null ? "missing" : plan) + "; it is text");
        }
        return new LevelProgress.BestPlan(plan.getAsString(), (int) whole(o, "stars", LevelProgress.MAX_STARS),
                whole(o, "wall_ms", Long.MAX_VALUE));
    }

    /** {@code e} as an object, or a damage that names what is not one. */
    private static JsonObject object(JsonElement e, String what) throws Damaged {
        if (e == null || !e.isJsonObject()) {
            throw new Damaged(what + " is " + (e == null ? "missing" : "not an object"));
        }
        return e.getAsJsonObject();
    }

    /** A whole number from 0 to {@code most}. */
    private static long whole(JsonObject o, String name, long most) throws Damaged {
        String text = number(o, name);
        try {
            // a save's numbers are plain digits; only another form (3.0, 3e2) needs BigDecimal, whose class
            // initialisation alone costs the game's start 15 ms
            long v = DIGITS.matcher(text).matches() ? Long.parseLong(text) : new BigDecimal(text).longValueExact();
            if (v >= 0 && v <= most) {
                return v;
            }
        } catch (ArithmeticException notWhole) {
            // said below
        }
        throw new Damaged(name + " is " + text + "; it is a whole number from 0 to " + most);
    }

    private static double finite(JsonObject o, String name) throws Damaged {
        double v = Double.parseDouble(number(o, name));
        if (!Double.isFinite(v)) {
            throw new Damaged(name + " is too large");
        }
        return v;
    }

    /** The number's text as the file has it. */
    private static String number(JsonObject o, String name) throws Damaged {
        JsonElement e = o.get(name);
        if (e == null || !e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber()) {
            throw new Damaged(name + " is " + (e == null ? "missing" : e) + "; it is a number");
        }
        return e.getAsString();
    }

    static String format(SavedProgress saved) {
        StringWriter out = new StringWriter();
        try (JsonWriter w = new JsonWriter(out)) {
            w.setIndent("  ");
            w.beginObject().name("format").value(FORMAT);
            progress(w, saved.builtIn());
            w.name("campaigns").beginObject();
            for (Map.Entry<String, Progress> e : saved.campaigns().entrySet()) {
                progress(w.name(e.getKey()).beginObject(), e.getValue());
                w.endObject();
            }
            w.endObject().endObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }

    private static void progress(JsonWriter w, Progress progress) throws IOException {
        records(w, "levels", progress.levels());
        records(w, "files", progress.files());
        w.name("unlocked").beginArray();
        for (String id : progress.unlocked()) {
            w.value(id);
        }
        w.endArray();
    }

    private static void records(JsonWriter w, String name, Map<String, LevelProgress> records) throws IOException {
        w.name(name).beginObject();
        for (Map.Entry<String, LevelProgress> e : records.entrySet()) {
            LevelProgress l = e.getValue();
            w.name(e.getKey()).beginObject()
                    .name("stars").value(l.stars())
                    .name("best_wall_ms").value(l.bestWallMs())
                    .name("best_throughput_per_s").value(l.bestThroughput())
                    .name("hints_seen").value(l.hintsSeen());
            LevelProgress.BestPlan best = l.bestPlan();
            if (!best.plan().isEmpty()) {
                w.name("best_plan").beginObject().name("plan").value(best.plan()).name("stars").value(best.stars())
                        .name("wall_ms").value(best.wallMs()).endObject();
            }
            w.endObject();
        }
        w.endObject();
    }
}
