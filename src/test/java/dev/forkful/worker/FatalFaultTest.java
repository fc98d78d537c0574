package dev.forkful.worker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forkful.level.Model;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Segfaults and freezes, each in a child JVM of its own: the test JVM must neither crash nor spin. */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class FatalFaultTest {
    /** What a shell shows for a process ended by SIGABRT: the JVM's fatal-error handler aborts after SIGSEGV. */
    private static final int ABORTED = 128 + 6;

    @TempDir
    Path work;
    @TempDir
    Path errors;

    @ParameterizedTest
    @EnumSource(Model.class)
    void aSegfaultEndsTheChildAbnormallyWithItsLogOutOfTheWorkingFolder(Model model) throws Exception {
        try (ChildJvm child = new ChildJvm(work, errors, model.id(), "2", "segfault")) {
            child.until("step 0 1 ");
            assertThat(child.exitStatus(60)).isEqualTo(ABORTED);
            child.during(200);
            assertThat(child.seen).doesNotContain("done");
            // the kitchen's heartbeat thread may write into the middle of the summary's line: read it whole
            assertThat(String.join("\n", child.seen)).as("the JVM's fatal-error summary names a real SIGSEGV")
                    .containsPattern("#\\s+(beat [^\\n]*\\n)?SIGSEGV \\(0xb\\)");
        }
        assertThat(names(errors)).singleElement().asString().startsWith("forkful-hs_err_");
        assertThat(names(work)).as("no core file, no crash log in the working folder").isEmpty();
    }

    /** The loop spins on the frozen step: the monitor's heartbeats show the CPU it keeps having there. */
    @Test
    void aFrozenCoroutineHoldsTheLoopOnItsStepWithTheCpu() throws Exception {
        try (ChildJvm child = new ChildJvm(work, errors, "coroutine", "1", "freeze")) {
            long frozenAt = nanos(child.until("step 0 1 "));
            List<String> after = child.during(600);
            List<String> beats = after.stream().filter(line -> line.startsWith("beat ") && nanos(line) > frozenAt).toList();
            assertThat(beats).isNotEmpty();
            assertThat(cpuOnStep(beats.getLast())).as("cpu on the frozen step").isPositive();
            assertThat(after).noneMatch(line -> line.startsWith("served"));
        }
    }

    /** The CPU field of the first chef of a "beat" line ({@code order:step:since:cpu}). */
    private static long cpuOnStep(String beat) {
        String[] chef = beat.split(" ")[2].split(",")[0].split(":");
        return Long.parseLong(chef[3]);
    }

    /** Under the GIL too: the frozen chef spins on, but hands the lock over every 5 ms as CPython does. */
    @ParameterizedTest
    @CsvSource({"THREAD, nogil", "VIRTUAL, nogil", "THREAD, gil", "VIRTUAL, gil"})
    void aFrozenChefHangsAloneWhileTheOthersCookOn(Model model, String gil) throws Exception {
        try (ChildJvm child = new ChildJvm(work, errors, model.id(), "2", "freeze", gil)) {
            long frozenAt = nanos(child.until("step 0 1 "));
            child.untilSeen("served ", KitchenProbe.ORDERS - 1);
            List<String> beatsAfter = child.during(300).stream()
                    .filter(line -> line.startsWith("beat ") && nanos(line) > frozenAt).toList();
            assertThat(beatsAfter).isNotEmpty();
            assertThat(beatsAfter.getLast()).as("the frozen chef shows on its step").containsPattern("[ ,]0:1:[0-9]+");
            assertThat(cpuOnStep(beatsAfter.getLast())).as("the frozen chef had the CPU on its step").isPositive();
            assertThat(child.seen).doesNotContain("done", "served 0");
        }
    }

    /** The nanoTime field of a "step" or "beat" line. */
    private static long nanos(String line) {
        String[] fields = line.split(" ");
        return Long.parseLong(line.startsWith("beat ") ? fields[1] : fields[3]);
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
