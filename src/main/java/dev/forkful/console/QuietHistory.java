package dev.forkful.console;

import dev.forkful.save.SaveFile;
import java.io.IOException;
import java.util.Optional;
import org.jline.reader.impl.history.DefaultHistory;

/**
 * JLine's history, but a history file it cannot write (a read-only data folder) is one line for
 * the player, said once, instead of the "Failed to save history" warning and stack trace that
 * {@link DefaultHistory#add} logs after every command. The commands are still remembered in the
 * session; JLine appends them to the file at the next save that works.
 */
final class QuietHistory extends DefaultHistory {
    private String failure;
    private boolean said;

    @Override
    public void save() {
        try {
            super.save();
        } catch (IOException e) {
            if (failure == null) {
                failure = "your command history is not kept: " + SaveFile.why(e);
            }
        }
    }

    /** The failure to write the history file, the first time it is asked for; then empty. */
    Optional<String> unsaid() {
        if (failure == null || said) {
            return Optional.empty();
        }
        said = true;
        return Optional.of(failure);
    }
}
