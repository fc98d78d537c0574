package dev.forkful.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class GilTest {
    private static final long SLICE_UNITS = 20_000;

    @Test
    void twoCpuChefsNeverHoldItTogetherAndAreForcedToHandItOver() throws Exception {
        Gil gil = new Gil();
        AtomicInteger holding = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        int chefs = 2;
        int[] turns = new int[chefs];
        AtomicInteger lastChef = new AtomicInteger(-1);
        CountDownLatch bothStarted = new CountDownLatch(chefs);
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < chefs; c++) {
            int chef = c;
            threads.add(Thread.ofPlatform().start(() -> {
                try {
                    bothStarted.countDown();
                    bothStarted.await();
                    gil.acquire();
                    for (int slice = 0; slice < 5_000; slice++) {
                        if (lastChef.getAndSet(chef) != chef) {
                            turns[chef]++;
                        }
                        int now = holding.incrementAndGet();
                        mostAtOnce.accumulateAndGet(now, Math::max);
                        Work.run(SLICE_UNITS);
                        holding.decrementAndGet();
                        gil.handOffIfRequested();
                    }
                    gil.release();
                } catch (InterruptedException e) {
                    throw new AssertionError(e);
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        assertThat(mostAtOnce.get()).as("chefs holding the GIL at once").isEqualTo(1);
        assertThat(gil.dropRequests()).as("drop requests").isPositive();
        assertThat(gil.forcedHandOffs()).as("forced hand-offs").isPositive();
        assertThat(turns[0]).as("turns of chef 0").isGreaterThanOrEqualTo(2);
        assertThat(turns[1]).as("turns of chef 1").isGreaterThanOrEqualTo(2);
    }

    @Test
    void aWaitingChefDoesNotHoldIt() throws Exception {
        Gil gil = new Gil();
        CountDownLatch sleeperAcquiredAndReleased = new CountDownLatch(1);
        Thread sleeper = Thread.ofPlatform().start(() -> {
            try {
                gil.acquire();
                gil.release();
                sleeperAcquiredAndReleased.countDown();
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        sleeperAcquiredAndReleased.await();
        gil.acquire();
        gil.release();
        sleeper.interrupt();
        sleeper.join();
        assertThat(gil.forcedHandOffs()).isZero();
        assertThat(gil.switches()).isEqualTo(2);
    }

    @Test
    void anInterruptedChefLeavesTheLockFree() throws Exception {
        Gil gil = new Gil();
        CpuWork cpu = new CpuWork(Recipes.WORK_PER_MS, gil);
        List<Throwable> endings = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<Thread> chefs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            chefs.add(Thread.ofPlatform().start(() -> {
                try {
                    cpu.run(TimeUnit.SECONDS.toNanos(30));
                } catch (Throwable e) {
                    endings.add(e);
                }
            }));
        }
        while (gil.forcedHandOffs() < 2) {
            Thread.onSpinWait();
        }
        chefs.forEach(Thread::interrupt);
        for (Thread t : chefs) {
            t.join();
        }
        assertThat(endings).hasSize(2).allSatisfy(e -> assertThat(e).isInstanceOf(InterruptedException.class));
        gil.acquire();
        gil.release();
    }

    @Test
    void virtualChefsShareItToo() throws Exception {
        Gil gil = new Gil();
        CpuWork cpu = new CpuWork(Recipes.WORK_PER_MS, gil);
        List<Thread> chefs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            chefs.add(Thread.ofVirtual().start(() -> {
                try {
                    cpu.run(TimeUnit.MILLISECONDS.toNanos(30));
                } catch (InterruptedException e) {
                    throw new AssertionError(e);
                }
            }));
        }
        for (Thread t : chefs) {
            t.join();
        }
        assertThat(gil.switches()).isGreaterThanOrEqualTo(4);
    }
}
