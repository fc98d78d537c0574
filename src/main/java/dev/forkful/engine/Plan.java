package dev.forkful.engine;

import java.util.Map;

/**
 * A model and worker count for every task of a level, written on the command line as
 * {@code soup=coroutine bread=process:4 stew=thread:8:nolock}.
 *
 * @param assignments task id to its assignment, in the level's task order
 */
public record Plan(Map<String, Assignment> assignments) {
    public Plan {
        assignments = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(assignments));
    }

    /** The command-line form, {@code soup=coroutine bread=process:4 stew=thread:8:nolock}. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        assignments.forEach((task, a) -> {
            s.append(s.isEmpty() ? "" : " ").append(task).append('=').append(a.model().id());
            if (a.model() == dev.forkful.level.Model.PROCESS || a.model() == dev.forkful.level.Model.THREAD) {
                s.append(':').append(a.workers());
            }
            if (!a.lock()) {
                s.append(":nolock");
            }
        });
        return s.toString();
    }
}
