package dev.forkful.view;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads what is not code: the repository's {@code assets/} folder, which the build copies into the
 * jar under {@code dev/forkful/assets/}, so a release binary draws the same art and colours.
 */
public final class Assets {
    /** Where the build puts {@code assets/} on the class path. */
    static final String ROOT = "/dev/forkful/assets/";

    private Assets() {
    }

    /**
     * The UTF-8 text of {@code assets/PATH}.
     *
     * @throws IllegalStateException when the jar lacks it: a broken build, not a player's mistake
     */
    public static String text(String path) {
        try (InputStream in = Assets.class.getResourceAsStream(ROOT + path)) {
            if (in == null) {
                throw new IllegalStateException("assets/" + path + " is missing from the build (pom.xml copies assets/ into the jar)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("assets/" + path + ": " + e.getMessage(), e);
        }
    }
}
