package dev.forkful.save;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/** A file replaced in one step (a temporary file beside it, fsync, rename): readers see the old text or the new, never half. */
public final class AtomicFile {
    private AtomicFile() {
    }

    /** Writes text to a file as it goes, so that a large file is never held whole in memory. */
    @FunctionalInterface
    public interface Body {
        void writeTo(Writer out) throws IOException;
    }

    /** Writes {@code text} as UTF-8 to {@code file}; the temporary file is named {@code prefix<digits>.tmp}. */
    public static void replace(Path file, String prefix, String text) throws IOException {
        replace(file, prefix, out -> out.write(text));
    }

    /** Writes what {@code body} writes, as UTF-8, to {@code file}; the temporary file is named {@code prefix<digits>.tmp}. */
    public static void replace(Path file, String prefix, Body body) throws IOException {
        Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), prefix, ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                Writer out = new BufferedWriter(Channels.newWriter(ch, StandardCharsets.UTF_8));
                body.writeTo(out);
                out.flush();
                ch.force(true);
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
