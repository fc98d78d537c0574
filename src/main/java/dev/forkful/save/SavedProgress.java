package dev.forkful.save;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The whole progress file: the built-in campaign's {@link Progress} and each folder campaign's,
 * kept apart by the campaign's key, so that a workshop's {@code soup} never mixes with the
 * built-in one.
 *
 * @param builtIn   the campaign shipped in the jar (the only one before campaigns had keys)
 * @param campaigns a folder campaign's key to its progress
 */
record SavedProgress(Progress builtIn, Map<String, Progress> campaigns) {
    static final SavedProgress EMPTY = new SavedProgress(Progress.EMPTY, Map.of());

    SavedProgress {
        campaigns = Collections.unmodifiableMap(new LinkedHashMap<>(campaigns));
    }

    /** The progress of one campaign: the built-in one when {@code key} is empty. */
    Progress of(Optional<String> key) {
        return key.map(k -> campaigns.getOrDefault(k, Progress.EMPTY)).orElse(builtIn);
    }

    /** This file with one campaign's progress merged in, the best of each record; the others untouched. */
    SavedProgress merge(Optional<String> key, Progress game) {
        if (key.isEmpty()) {
            return new SavedProgress(builtIn.merge(game), campaigns);
        }
        Map<String, Progress> next = new LinkedHashMap<>(campaigns);
        next.merge(key.get(), game, Progress::merge);
        return new SavedProgress(builtIn, next);
    }
}
