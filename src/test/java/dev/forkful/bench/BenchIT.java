package dev.forkful.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.forkful.level.Model;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code forkful bench --json} on the real jar: every model measured, every figure sane, no child left. */
class BenchIT {

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void benchJsonMeasuresEveryModelAndLeavesNoChildBehind() throws IOException, InterruptedException {
        Instant began = Instant.now();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process bench = new ProcessBuilder(List.of(java.toString(), "--enable-native-access=ALL-UNNAMED", "-jar",
                System.getProperty("forkful.jar"), "bench", "--json"))
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        String out;
        try {
            out = new String(bench.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(bench.waitFor()).isZero();
        } finally {
            bench.destroyForcibly();
        }

        JsonObject json = JsonParser.parseString(out).getAsJsonObject();
        assertThat(json.get("cores").getAsInt()).isPositive();
        for (Model model : Model.values()) {
            JsonObject cost = json.getAsJsonObject(model.id());
            assertThat(cost.get("create_us").getAsDouble()).as(model + " create_us").isPositive();
            assertThat(cost.get("switch_ns").getAsDouble()).as(model + " switch_ns").isPositive();
            assertThat(cost.get("bytes_per_unit").getAsLong()).as(model + " bytes_per_unit").isPositive();
            assertThat(cost.get("units").getAsInt()).as(model + " units").isPositive();
        }
        // an idle JVM weighs more than a thread, which weighs more than a coroutine: order, not timing
        assertThat(json.getAsJsonObject("process").get("bytes_per_unit").getAsLong())
                .isGreaterThan(json.getAsJsonObject("thread").get("bytes_per_unit").getAsLong());
        assertThat(json.getAsJsonObject("thread").get("bytes_per_unit").getAsLong())
                .isGreaterThan(json.getAsJsonObject("coroutine").get("bytes_per_unit").getAsLong());
        assertThat(json.get("kitchen_ping_us").getAsDouble()).isPositive();
        for (Model model : Model.values()) {
            JsonObject handOff = json.getAsJsonObject(model.id()).getAsJsonObject("switch");
            assertThat(handOff.get("min_ns").getAsDouble()).as(model + " switch spread")
                    .isPositive().isLessThanOrEqualTo(handOff.get("median_ns").getAsDouble());
            assertThat(handOff.get("max_ns").getAsDouble()).isGreaterThanOrEqualTo(handOff.get("median_ns").getAsDouble());
        }
        // an OS process without a JVM in it is no JVM kitchen: far smaller, far quicker to start
        JsonObject os = json.getAsJsonObject("os_process");
        assertThat(os.getAsJsonObject("process_builder").get("median_ns").getAsDouble())
                .isLessThan(json.getAsJsonObject("process").getAsJsonObject("create").get("median_ns").getAsDouble());
        assertThat(os.getAsJsonObject("idle_sleep_memory").get("uss_bytes").getAsLong())
                .isLessThan(os.getAsJsonObject("idle_kitchen_memory").get("uss_bytes").getAsLong());
        assertThat(json.getAsJsonObject("thread_pipe_switch").get("median_ns").getAsDouble()).isPositive();
        assertThat(json.getAsJsonObject("asyncio").has("measured")).isTrue();
        assertThat(json.getAsJsonArray("claims")).isNotEmpty().allSatisfy(claim -> assertThat(
                claim.getAsJsonObject().get("verdict").getAsString()).isIn("holds", "differs", "too close to call on this machine"));
        assertThat(probesStartedSince(began)).as("probe children still alive").isEmpty();
    }

    /** A probe or kitchen child of the jar under test (other builds on this machine start their own). */
    private static boolean isOurChild(String commandLine) {
        return commandLine.contains(System.getProperty("forkful.jar"))
                && (commandLine.contains("bench --probe") || commandLine.contains("ChildProcess"));
    }

    private static List<ProcessHandle> probesStartedSince(Instant began) {
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(BenchIT::isOurChild).orElse(false))
                .filter(p -> p.info().startInstant().map(s -> !s.isBefore(began)).orElse(true))
                .filter(ProcessHandle::isAlive)
                .toList();
    }
}
