package dev.forkful.worker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forkful.protocol.ChefState;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class ChefSlotTest {

    @Test
    void aHeartbeatNamesTheLongestBusyChefsFirstAndAtMost64() {
        List<ChefSlot> slots = new ArrayList<>();
        for (int chef = 0; chef < 100; chef++) {
            slots.add(new ChefSlot(chef));
        }
        slots.get(42).on(7, 1);
        long later = System.nanoTime() + 1_000_000_000L;
        slots.get(3).on(8, 0);

        List<ChefState> states = ChefSlot.longestBusy(slots, later, ChefCpu.none());

        assertThat(states).hasSize(ChefSlot.HEARTBEAT_CHEFS);
        assertThat(states.get(0)).extracting(ChefState::chef, ChefState::order, ChefState::step).containsExactly(42, 7L, 1);
        assertThat(states.get(1).chef()).isEqualTo(3);
        assertThat(states.get(2).order()).isEqualTo(-1);
        assertThat(states.get(0).cpuNanos()).as("nothing measured").isEqualTo(-1);
    }

    /** The heartbeat thread died of "Comparison method violates its general contract!" when chefs moved on mid-sort. */
    @Test
    @Timeout(30)
    void chefsThatMoveOnWhileTheHeartbeatReadsThemNeverBreakIt() throws Exception {
        ConcurrentHashMap<Integer, ChefSlot> slots = new ConcurrentHashMap<>();
        for (int chef = 0; chef < 2_000; chef++) {
            slots.put(chef, new ChefSlot(chef));
        }
        AtomicBoolean stop = new AtomicBoolean();
        Thread chefs = Thread.ofPlatform().start(() -> {
            java.util.SplittableRandom random = new java.util.SplittableRandom(7);
            while (!stop.get()) {
                ChefSlot slot = slots.get(random.nextInt(2_000));
                if (random.nextBoolean()) {
                    slot.on(random.nextInt(100), random.nextInt(3));
                } else {
                    slot.idle();
                }
            }
        });
        try {
            for (int beat = 0; beat < 2_000; beat++) {
                List<ChefState> states = ChefSlot.longestBusy(slots.values(), System.nanoTime(), ChefCpu.none());
                assertThat(states).hasSize(ChefSlot.HEARTBEAT_CHEFS);
                assertThat(states).extracting(ChefState::sinceNanos).isSortedAccordingTo((a, b) -> Long.compare(b, a));
            }
        } finally {
            stop.set(true);
            chefs.join();
        }
    }

    @Test
    @Timeout(30)
    void aSpinningChefShowsTheCpuItHadOnItsStepAndASleepingOneNone() throws Exception {
        ChefSlot spinner = new ChefSlot(0);
        ChefSlot sleeper = new ChefSlot(1);
        AtomicBoolean stop = new AtomicBoolean();
        Thread spin = Thread.ofPlatform().unstarted(() -> {
            spinner.on(1, 0);
            long x = 0;
            while (!stop.get()) {
                x++;
            }
            spinner.idle();
        });
        Thread sleep = Thread.ofPlatform().unstarted(() -> {
            sleeper.on(2, 0);
            try {
                Thread.sleep(TimeUnit.SECONDS.toMillis(30));
            } catch (InterruptedException e) {
                sleeper.idle();
            }
        });
        spinner.cookedBy(spin);
        sleeper.cookedBy(sleep);
        spin.start();
        sleep.start();
        ChefCpu cpu = ChefCpu.platformThreads();
        try {
            long spun = 0;
            ChefState asleep = null;
            // beats until the spinner has had 300 ms of CPU on its step, however busy the machine
            while (spun < TimeUnit.MILLISECONDS.toNanos(300)) {
                Thread.sleep(KitchenReport.HEARTBEAT_MILLIS);
                List<ChefState> states = ChefSlot.longestBusy(List.of(spinner, sleeper), System.nanoTime(), cpu);
                spun = states.stream().filter(s -> s.chef() == 0).findFirst().orElseThrow().cpuNanos();
                asleep = states.stream().filter(s -> s.chef() == 1).findFirst().orElseThrow();
            }
            assertThat(asleep.cpuNanos()).as("a sleeping chef had no CPU").isBetween(0L, TimeUnit.MILLISECONDS.toNanos(20));
        } finally {
            stop.set(true);
            sleep.interrupt();
            spin.join();
            sleep.join();
        }
    }
}
