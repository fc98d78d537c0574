package dev.forkful.engine;

import static dev.forkful.engine.TestLevels.cpu;
import static dev.forkful.engine.TestLevels.task;
import static dev.forkful.engine.TestLevels.waitMs;
import static org.assertj.core.api.Assertions.assertThat;

import dev.forkful.level.Model;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which kitchens start with the JIT stopped at C1, and how. */
class ChildLauncherTest {
    @Test
    void aChildCopiesNeitherTheGamesJitTuningNorItsHeapSizesNorItsCache() {
        List<String> game = List.of("-XX:+UseSerialGC", "-Xmx512m", "-Xmn32m", "-XX:TieredStopAtLevel=1", "-XX:-UsePerfData", "-XX:+UseTransparentHugePages",
                "-XX:Tier3InvocationThreshold=2000", "-XX:Tier3CompileThreshold=20000", "-XX:AOTCache=/x/forkful.aot",
                "--enable-native-access=ALL-UNNAMED", "-Dfoo=bar", "-Xshare:auto");

        assertThat(ChildLauncher.inherited(game)).containsExactly("-XX:+UseTransparentHugePages", "-Dfoo=bar", "-Xshare:auto");
    }

    @Test
    void aChildReplaysNoProfilesAndSeesTheCoresTheGameSeesWithoutProbingForAContainer() {
        assertThat(ChildLauncher.of("dev.forkful.engine.SimpleChildMain").command()).containsSubsequence(
                "-XX:+UnlockDiagnosticVMOptions", "-XX:-AOTReplayTraining", "-XX:-UseContainerSupport", "-XX:ActiveProcessorCount=" + Runtime.getRuntime().availableProcessors(), "-cp");
    }

    @Test
    void aC1OnlyChildGetsTheFlagAmongItsJvmOptionsAndNothingElseChanges() {
        ChildLauncher launcher = ChildLauncher.of("dev.forkful.engine.SimpleChildMain");
        List<String> c1 = launcher.c1OnlyCommand();
        assertThat(launcher.command()).doesNotContainAnyElementsOf(ChildLauncher.C1_ONLY);
        List<String> flagsThenMain = new ArrayList<>(ChildLauncher.C1_ONLY);
        flagsThenMain.addAll(List.of("-cp", "dev.forkful.engine.SimpleChildMain"));
        assertThat(c1).containsSubsequence(flagsThenMain);
        assertThat(c1.stream().filter(a -> !ChildLauncher.C1_ONLY.contains(a)).toList()).isEqualTo(launcher.command());
    }

    @Test
    void onlyACoroutineKitchenThatComputesNothingStopsAtC1() {
        assertThat(KitchenBuilder.computesNothing(TestFloors.floor(task("soup", 3, waitMs(10)), Model.COROUTINE, 1, 2))).isTrue();
        assertThat(KitchenBuilder.computesNothing(TestFloors.floor(task("soup", 3, waitMs(10), cpu(1)), Model.COROUTINE, 1, 2)))
                .as("calibrated cpu work keeps C2").isFalse();
        assertThat(KitchenBuilder.computesNothing(TestFloors.floor(task("soup", 3, waitMs(10)), Model.THREAD, 2, 2))).isFalse();
    }
}
