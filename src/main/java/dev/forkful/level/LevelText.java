package dev.forkful.level;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** The checks the level's readers share: an id, a text that must not be blank, and the key lists. */
final class LevelText {
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private LevelText() {
    }

    static boolean isId(String text) {
        return ID.matcher(text).matches();
    }

    /** The id at {@code key}, or empty with a problem (and a slug to use instead) when it is not one. */
    static Optional<String> checkedId(TomlTable t, String key) {
        Optional<String> id = t.string(key, "\"lunch-rush\"");
        if (id.isPresent() && !isId(id.get())) {
            String slug = id.get().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
            t.problem(key, key + " \"" + id.get() + "\" may only use a-z, 0-9 and single dashes"
                    + (slug.isEmpty() ? "" : "; did you mean \"" + slug + "\"?"));
            return Optional.empty();
        }
        return id;
    }

    static Optional<String> nonBlank(TomlTable t, String key, String example) {
        Optional<String> s = t.string(key, example);
        if (s.isPresent() && s.get().isBlank()) {
            t.problem(key, key + " cannot be empty");
            return Optional.empty();
        }
        return s;
    }

    /** The keys a table may hold, in the order messages list them. */
    static Set<String> keys(String... keys) {
        return new LinkedHashSet<>(Arrays.asList(keys));
    }
}
