package dev.forkful.grade;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * A plan as written: entries {@code TASK=MODEL[:N[:nolock]]} separated by commas or spaces, the
 * form {@code run --plan} takes and {@link dev.forkful.engine.Plan#toString} writes (so a hand-in
 * is pasted as is). Empty entries between commas are kept, for the parser to refuse.
 */
public final class PlanText {
    private PlanText() {
    }

    public static List<String> entries(String written) {
        return Arrays.stream(written.split(",", -1))
                .flatMap(e -> e.isBlank() ? Stream.of(e) : Arrays.stream(e.strip().split("\\s+")))
                .toList();
    }
}
