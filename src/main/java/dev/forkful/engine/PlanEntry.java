package dev.forkful.engine;

import dev.forkful.level.Model;
import dev.forkful.level.Suggest;
import java.util.Arrays;
import java.util.List;

/**
 * One plan entry as written, {@code TASK=MODEL[:N][:nolock]}, read before any level is known: what
 * {@link PlanParser} then checks against a level, and what {@link Prestart} starts kitchens from
 * while the level is still being read.
 *
 * @param task the task's id as written
 * @param workers the count as written, or null when there is none
 * @param lock false when the entry says {@code nolock}
 */
record PlanEntry(String task, Model model, Integer workers, boolean lock) {
    static final String FORM = "TASK=MODEL[:N][:nolock]";
    private static final String NOLOCK = "nolock";

    /** The entry's parts, or the first thing wrong with how it is written. */
    static PlanEntry read(String spec) throws PlanException {
        int eq = spec.indexOf('=');
        if (eq <= 0) {
            throw new PlanException(where(spec) + "write " + FORM + ", e.g. soup=thread:4");
        }
        List<String> parts = Arrays.asList(spec.substring(eq + 1).split(":", -1));
        String modelId = parts.getFirst().strip();
        List<String> modelIds = Arrays.stream(Model.values()).map(Model::id).toList();
        Model model = Model.byId(modelId).orElseThrow(() -> new PlanException(where(spec) + "no model " + quote(modelId)
                + " (models: " + String.join(", ", modelIds) + ")" + Suggest.didYouMean(modelId, modelIds)));
        Integer workers = null;
        boolean lock = true;
        for (String part : parts.subList(1, parts.size())) {
            String p = part.strip();
            boolean count = p.matches("\\d{1,9}");
            if (p.equals(NOLOCK) && lock) {
                lock = false;
            } else if (count && workers == null && lock) {
                workers = Integer.parseInt(p);
            } else if (count || p.equals(NOLOCK)) {
                throw new PlanException(where(spec) + quote(p) + " is out of place: the count comes first, then "
                        + NOLOCK + ", each at most once (write " + FORM + ")");
            } else {
                throw new PlanException(where(spec) + quote(p) + " is neither a worker count nor " + NOLOCK
                        + " (write " + FORM + ")" + Suggest.didYouMean(p, List.of(NOLOCK)));
            }
        }
        return new PlanEntry(spec.substring(0, eq).strip(), model, workers, lock);
    }

    /** How an entry's problems begin: the entry as written. */
    static String where(String spec) {
        return "plan " + quote(spec) + ": ";
    }

    static String quote(String s) {
        return "\"" + s + "\"";
    }
}
