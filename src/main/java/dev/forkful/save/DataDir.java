package dev.forkful.save;

import java.nio.file.Path;
import java.util.Map;

/** Where the game keeps its files: {@code $XDG_DATA_HOME/forkful}, else {@code ~/.local/share/forkful}. */
public final class DataDir {
    private DataDir() {
    }

    public static Path resolve() {
        return resolve(System.getenv(), Path.of(System.getProperty("user.home")));
    }

    static Path resolve(Map<String, String> env, Path home) {
        String xdg = env.get("XDG_DATA_HOME");
        // the XDG spec: a relative value is invalid and must be ignored
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "forkful");
        }
        return home.resolve(".local/share/forkful");
    }
}
