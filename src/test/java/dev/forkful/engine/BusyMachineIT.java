package dev.forkful.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Verdicts on a busy laptop: two busy loops run beside the game (as a student's browser and IDE
 * would), and still no healthy kitchen is called frozen, while a real freeze is caught in every
 * model. The shorter version of what the trust issue measured with 100,000 orders.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class BusyMachineIT {
    private static final List<Process> LOOPS = new ArrayList<>();

    @BeforeAll
    static void twoBusyLoops() throws IOException {
        for (int i = 0; i < 2; i++) {
            // a shell's own loop: no fork per turn, one core busy for as long as it lives
            LOOPS.add(new ProcessBuilder("sh", "-c", "while :; do :; done").start());
        }
    }

    @AfterAll
    static void stopThem() throws InterruptedException {
        for (Process p : LOOPS) {
            p.destroyForcibly().waitFor();
        }
    }

    @Test
    void manyWaitsOnABusyMachineAreServedWithNoFreeze() throws Exception {
        for (String plan : List.of("soup=virtual", "soup=thread:200", "soup=coroutine")) {
            JsonObject s = Game.play("many-waits", plan);
            assertThat(s.get("served").getAsInt()).as(plan).isEqualTo(20_000);
            assertThat(s.getAsJsonArray("freezes")).as(plan).isEmpty();
        }
    }

    /**
     * The first level's lesson on a busy machine: one chef per core earns three stars by the median
     * of three runs, as on an idle machine; one chef (a thread or the event loop) still misses the
     * third, since it uses one core whatever the load.
     */
    @Test
    void theRightPlanEarnsItsStarsAndTheWrongOneStillMissesThem() throws Exception {
        for (String plan : List.of("salad=thread:2", "salad=process:2", "salad=thread:1", "salad=coroutine")) {
            Game.Result r = Game.run("run", "chopping-board", "--json", "--repeat", "3", "--plan", plan);
            assertThat(r.exit()).as(plan + ": " + r.err()).isZero();
            JsonObject s = r.json();
            assertThat(s.getAsJsonObject("machine").get("thread_share").getAsDouble())
                    .as(plan + ": the busy loops took part of the cores").isLessThan(0.85);
            boolean right = plan.endsWith(":2");
            assertThat(s.get("stars").getAsInt()).as(plan + ", stars per run " + s.get("stars_per_run"))
                    .matches(stars -> right ? stars == 3 : stars < 3);
        }
    }

    @Test
    void aRealFreezeIsStillCaughtInEveryModel() throws Exception {
        String seed = Long.toString(TruthTableIT.seedWithOneFault("freeze"));
        for (String plan : List.of("dish=coroutine", "dish=thread:1", "dish=process:2", "dish=virtual")) {
            JsonObject s = Game.play("freeze", plan, "--seed", seed);
            assertThat(s.getAsJsonArray("freezes")).as(plan).isNotEmpty();
            assertThat(s.get("wall_ms").getAsLong()).as(plan + ": caught long before the time limit").isLessThan(20_000);
        }
    }
}
