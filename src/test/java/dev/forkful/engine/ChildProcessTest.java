package dev.forkful.engine;

import dev.forkful.level.Model;
import dev.forkful.protocol.KitchenSpec;
import dev.forkful.protocol.Wire;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.forkful.worker.ChildProcess;
import dev.forkful.worker.OsFigures;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

/** The child's loop on in-memory pipes, cooking in a {@link SimpleKitchen}. */
@Timeout(30)
class ChildProcessTest {
    private PrintStream in;
    private BufferedReader out;
    private CompletableFuture<Integer> exit;

    ChildProcessTest() throws IOException {
        start(OsFigures.ofThisProcess());
    }

    /** Starts a child on fresh pipes that measures itself with {@code figures}. */
    private void start(OsFigures figures) throws IOException {
        PipedOutputStream toChild = new PipedOutputStream();
        PipedInputStream fromChild = new PipedInputStream(1 << 16);
        PipedInputStream childIn = new PipedInputStream(toChild, 1 << 16);
        PipedOutputStream childOut = new PipedOutputStream(fromChild);
        in = new PrintStream(toChild, true, StandardCharsets.UTF_8);
        out = new BufferedReader(new InputStreamReader(fromChild, StandardCharsets.UTF_8));
        ChildProcess child = new ChildProcess(childIn, childOut, SimpleKitchen::new, () -> 4242, figures);
        exit = CompletableFuture.supplyAsync(child::run);
    }

    private String next(String type) throws IOException {
        String line;
        while ((line = out.readLine()) != null) {
            if (line.contains("\"t\":\"" + type + "\"")) {
                return line;
            }
        }
        throw new AssertionError("no " + type + " before the end");
    }

    private static KitchenSpec spec(Model model) {
        return new KitchenSpec("soup", model, 2, false, true, List.of(TestLevels.waitMs(1)), 1000, false, Map.of());
    }

    @Test
    void cooksOrdersAndExitsWhenStdinCloses() throws Exception {
        in.println(Wire.setup(spec(Model.THREAD)));
        assertThat(next("hello")).contains("\"model\":\"thread\"");
        in.println(Wire.orders(1, 2, List.of()));
        List<Long> served = new ArrayList<>();
        while (served.size() < 2) {
            long[] e = Wire.readEvents(next("served"), Wire.servedStride(1)).values();
            for (int i = 0; i < e.length; i += Wire.servedStride(1)) {
                served.add(e[i]);
            }
        }
        assertThat(served).containsExactlyInAnyOrder(1L, 2L);
        assertThat(next("stats")).contains("\"rss\":");
        in.close();
        assertThat(exit.get(1, TimeUnit.SECONDS)).isZero();
    }

    /** On an OS without {@code /proc} the stats say "not measured" (-1) for memory, never the JVM's heap. */
    @Test
    void withoutProcTheStatsCarryNoMemoryFigureButTheJvmsThreadsAndCpu(@TempDir Path dir) throws Exception {
        in.close();
        assertThat(exit.get(1, TimeUnit.SECONDS)).isZero();
        start(OsFigures.of(dir.resolve("no-proc")));
        in.println(Wire.setup(spec(Model.THREAD)));
        next("hello");
        JsonObject stats = JsonParser.parseString(next("stats")).getAsJsonObject();
        assertThat(stats.get("rss").getAsLong()).isEqualTo(-1);
        assertThat(stats.get("pss").getAsLong()).isEqualTo(-1);
        assertThat(stats.get("threads").getAsInt()).isPositive();
        assertThat(stats.get("cpu_ns").getAsLong()).isNotNegative();
        in.close();
        assertThat(exit.get(1, TimeUnit.SECONDS)).isZero();
    }

    @Test
    void answersPingsAndCalibration() throws Exception {
        in.println(Wire.ping(7));
        assertThat(next("pong")).contains("\"id\":7");
        in.println(Wire.calibrate());
        assertThat(next("calibrated")).contains("4242");
        in.close();
        assertThat(exit.get(1, TimeUnit.SECONDS)).isZero();
    }

    @Test
    void garbageEndsTheChildWithAnError() throws Exception {
        in.println("this is not a message");
        assertThat(next("error")).contains("not JSON");
        assertThat(exit.get(1, TimeUnit.SECONDS)).isEqualTo(2);
    }

    @Test
    void anOrderBeforeTheSetupIsAProtocolError() throws Exception {
        in.println(Wire.orders(1, 1, List.of()));
        assertThat(next("error")).contains("before the setup");
        assertThat(exit.get(1, TimeUnit.SECONDS)).isEqualTo(2);
    }

    @Test
    void finishSendsTheFridgeAudit() throws Exception {
        in.println(Wire.setup(new KitchenSpec("soup", Model.THREAD, 1, false, true, List.of(TestLevels.fridge("salt", 2)),
                1000, false, Map.of("salt", 10L))));
        next("hello");
        in.println(Wire.orders(1, 1, List.of()));
        next("served");
        in.println(Wire.finish());
        assertThat(next("audit")).contains("\"salt\":[10,2,8]").contains("\"complete\":true");
        in.close();
        assertThat(exit.get(1, TimeUnit.SECONDS)).isZero();
    }
}
