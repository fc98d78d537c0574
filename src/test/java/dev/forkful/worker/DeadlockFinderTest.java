package dev.forkful.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DeadlockFinderTest {

    /** Chef {@code chef} takes {@code first}, meets the other chef, then reaches for {@code second}. */
    private static Runnable chef(KitchenLocks locks, int chef, String first, String second, CountDownLatch both) {
        return () -> {
            try {
                locks.holding(List.of(first), chef, () -> {
                    both.countDown();
                    both.await();
                    return locks.holding(List.of(second), chef, () -> true);
                });
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
    }

    private static Thread start(boolean platform, Runnable body) {
        return (platform ? Thread.ofPlatform().daemon() : Thread.ofVirtual()).start(body);
    }

    private static Optional<DeadlockFinder.Cycle> findWithin(DeadlockFinder finder, long millis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        Optional<DeadlockFinder.Cycle> cycle = finder.find();
        while (cycle.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(10);
            cycle = finder.find();
        }
        return cycle;
    }

    @ParameterizedTest(name = "platform threads: {0}")
    @ValueSource(booleans = {true, false})
    @Timeout(10)
    void namesWhoHoldsWhatAndWaitsForWhatWhenTwoChefsTakeTwoLocksInOppositeOrders(boolean platform) throws Exception {
        KitchenLocks locks = new KitchenLocks();
        CountDownLatch both = new CountDownLatch(2);
        Thread a = start(platform, chef(locks, 0, "knife", "board", both));
        Thread b = start(platform, chef(locks, 1, "board", "knife", both));
        try {
            Optional<DeadlockFinder.Cycle> cycle = findWithin(new DeadlockFinder(locks, platform), 5_000);

            assertThat(cycle).isPresent();
            assertThat(cycle.get().threads()).containsExactlyInAnyOrder(a, b);
            assertThat(cycle.get().description().split("; ")).containsExactlyInAnyOrder(
                    "chef 0 holds knife and waits for board", "chef 1 holds board and waits for knife");
        } finally {
            a.interrupt();
            b.interrupt();
            a.join();
            b.join();
        }
    }

    @ParameterizedTest(name = "platform threads: {0}")
    @ValueSource(booleans = {true, false})
    @Timeout(10)
    void aChefWaitingForALockThatIsLetGoIsNoDeadlock(boolean platform) throws Exception {
        KitchenLocks locks = new KitchenLocks();
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread a = start(platform, () -> {
            try {
                locks.holding(List.of("knife"), 0, () -> {
                    holding.countDown();
                    release.await();
                    return true;
                });
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        holding.await();
        Thread b = start(platform, () -> {
            try {
                locks.holding(List.of("knife"), 1, () -> true);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        while (locks.waiting().isEmpty()) {
            Thread.sleep(1);
        }

        assertThat(new DeadlockFinder(locks, platform).find()).isEmpty();

        release.countDown();
        a.join();
        b.join();
    }
}
