package dev.forkful.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forkful.flow.Fixtures;
import dev.forkful.flow.GameLoop;
import dev.forkful.flow.GameState;
import dev.forkful.flow.ScriptedBackend;
import dev.forkful.level.Level;
import dev.forkful.level.LevelLoader;
import dev.forkful.save.Progress;
import dev.forkful.save.SaveFile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A level whose every text carries terminal escapes, played in line mode: the bytes written drive nothing. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ShellLevelTextTest {
    static final Path HOSTILE = Path.of("src/test/resources/levels-hostile/hostile.toml");

    @TempDir
    Path data;

    @Test
    void everyCommandShowsTheLevelsEscapesAsText() throws Exception {
        Level hostile = LevelLoader.load(HOSTILE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String input = "levels\nplay hostile-kitchen\ntasks\nhint\nhint\nrun\nexplain\nquit\n";
        try (Terminal t = new DumbTerminal("test", "dumb", new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                out, StandardCharsets.UTF_8)) {
            GameState start = GameState.start(Fixtures.campaign(hostile), Progress.EMPTY, Optional.empty());
            GameLoop loop = new GameLoop(new ScriptedBackend(Fixtures.lunchRun(), Integer.MAX_VALUE), new SaveFile(data), start);
            new Shell(loop, t, data.resolve("history"), false).run();
        }
        byte[] bytes = out.toByteArray();
        String text = out.toString(StandardCharsets.UTF_8);

        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            assertThat(b < 0x20 && b != '\n' || b == 0x7f).as("control byte 0x%02x at %d in:%n%s", b, i, text).isFalse();
            // a C1 control in UTF-8 is 0xC2 then 0x80..0x9F
            assertThat(b == 0xc2 && i + 1 < bytes.length && (bytes[i + 1] & 0xff) <= 0x9f).as("C1 control at %d", i).isFalse();
        }
        assertThat(text).contains("Hostile^[]0;TITLE^G Kitchen^[[2J")        // levels, play, run, results
                .contains("writes^[]52;c;SGVsbG8=^G to the clipboard")         // the brief
                .contains("coloursM-^[31m with").contains("paragraph^@ with a NUL and a DEL^?")
                .contains("Tomato^[]0;TASK^G soup")                            // tasks
                .contains("chop^[]0;STEP^G").contains("simmer^[[2J").contains("salt^[]52;c;SGVsbG8=^G")
                .contains("salt^[]0;FRIDGE^G")                                 // the kitchen's fridge
                .contains("The hint^[]0;HINT^G sets the title.").contains("Second^[[2J hint.")
                .contains("The lesson^[[2J clears the screen^[]0;LESSON^G.");
    }
}
