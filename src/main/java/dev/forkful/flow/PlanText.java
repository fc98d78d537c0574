package dev.forkful.flow;

import dev.forkful.engine.Assignment;
import dev.forkful.engine.Plan;
import java.util.stream.Collectors;

/** A plan written the way the command line takes it: {@code soup=thread:4:nolock bread=process:1}. */
public final class PlanText {
    private PlanText() {
    }

    public static String of(Plan plan) {
        return plan.assignments().entrySet().stream()
                .map(e -> e.getKey() + "=" + of(e.getValue()))
                .collect(Collectors.joining(" "));
    }

    public static String of(Assignment a) {
        return a.model().id() + ":" + a.workers() + (a.lock() ? "" : ":nolock");
    }
}
