package dev.forkful.level;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/** Why a file or folder could not be read, in the player's words: the system's reason, not Java's exception. */
public final class Unreadable {
    private Unreadable() {
    }

    /** {@code permission denied}, {@code no such file}, {@code file name too long}, {@code is a directory} ... */
    public static String why(IOException e) {
        return switch (e) {
            case AccessDeniedException a -> "permission denied";
            case NoSuchFileException n -> "no such file";
            case NotDirectoryException n -> "not a folder";
            // the system's own words (strerror): "File name too long", "Is a directory", "Input/output error"
            case FileSystemException f when f.getReason() != null -> f.getReason().toLowerCase(Locale.ROOT);
            default -> e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        };
    }
}
