package dev.forkful.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * A model and worker count for every task of a level, written on the command line as
 * {@code soup=coroutine bread=process:4 stew=thread:8:nolock}.
 *
 * @param assignments task id to its assignment, in the level's task order
 */
public record Plan(Map<String, Assignment> assignments) {
    public Plan {
        assignments = Collections.unmodifiableMap(new LinkedHashMap<>(assignments));
    }

    /** The command-line form, which {@link PlanParser#parse} reads back to the same plan. */
    @Override
    public String toString() {
        StringJoiner s = new StringJoiner(" ");
        assignments.forEach((task, a) -> s.add(task + "=" + a.spec()));
        return s.toString();
    }
}
