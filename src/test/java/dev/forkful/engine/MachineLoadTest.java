package dev.forkful.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MachineLoadTest {
    @TempDir
    Path proc;

    private void procsRunning(int n) throws IOException {
        Files.writeString(proc.resolve("stat"), "cpu  1 2 3 4\nctxt 99\nprocs_running " + n + "\nprocs_blocked 0\n");
    }

    private void task(long pid, long tid, char state) throws IOException {
        Path dir = Files.createDirectories(proc.resolve(pid + "/task/" + tid));
        // a command name with a space and a parenthesis, as /proc allows
        Files.writeString(dir.resolve("stat"), tid + " (forkful chef (1)) " + state + " 1 1 1 0 -1 4194304\n");
    }

    @Test
    void othersAreTheMachinesRunnableThreadsLessOurs() throws IOException {
        procsRunning(6);
        task(100, 100, 'S');
        task(100, 101, 'R'); // the game's sampling thread itself
        task(200, 200, 'R');
        task(200, 201, 'R');
        task(200, 202, 'S');
        MachineLoad load = new MachineLoad(proc, () -> 100);

        load.sample(List.of(200L));
        procsRunning(3);
        load.sample(List.of(200L));

        // 6 - 3 ours = 3 others, then 3 - 3 = 0: two other threads on average
        assertThat(load.samples()).isEqualTo(2);
        assertThat(load.othersRunnable()).isCloseTo(1.5, within(1e-9));
    }

    @Test
    void aKitchenOfManyThreadsIsEstimatedFromARotatingPart() throws IOException {
        procsRunning(2_000);
        for (long tid = 0; tid < 4_000; tid++) {
            task(300, 1_000 + tid, tid % 4 == 0 ? 'R' : 'S');
        }
        task(100, 100, 'R');
        MachineLoad load = new MachineLoad(proc, () -> 100);

        for (int i = 0; i < 10; i++) {
            load.sample(List.of(300L));
        }

        // a quarter of 4,000 runnable, plus the game's one: about 999 others
        assertThat(load.othersRunnable()).isCloseTo(999, within(60.0));
    }

    @Test
    void withoutProcNothingIsClaimed() {
        MachineLoad load = new MachineLoad(proc.resolve("missing"), () -> 1);
        load.sample(List.of());
        assertThat(load.samples()).isZero();
        assertThat(load.othersRunnable()).isEqualTo(-1);
    }

    @Test
    void aKitchenThatEndedMidSampleCountsAsNoThreads() throws IOException {
        procsRunning(4);
        task(100, 100, 'R');
        MachineLoad load = new MachineLoad(proc, () -> 100);
        load.sample(List.of(999L));
        assertThat(load.othersRunnable()).isCloseTo(3, within(1e-9));
    }
}
