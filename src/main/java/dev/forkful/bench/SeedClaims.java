package dev.forkful.bench;

import dev.forkful.level.Model;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The teaching source's claims about cost, set beside this machine's measurements: the game
 * teaches what is measured, and says so where the source is wrong.
 */
final class SeedClaims {
    private static final long GIB = 1024L * 1024 * 1024;
    /** How much apart two costs must be for "more" to hold on a noisy machine. */
    private static final double CLEARLY = 1.5;

    private SeedClaims() {
    }

    /** One claim: what the seed says, what was measured, and whether the measurement bears it out. */
    record Claim(String seedSays, String measured, boolean holds) {}

    static List<Claim> check(BenchReport r) {
        ModelCost process = r.cost(Model.PROCESS);
        ModelCost thread = r.cost(Model.THREAD);
        ModelCost coroutine = r.cost(Model.COROUTINE);
        ModelCost virtual = r.cost(Model.VIRTUAL);
        List<Claim> claims = new ArrayList<>();
        if (thread.bytesPerUnit() > 0 && coroutine.bytesPerUnit() > 0) {
            claims.add(hundredThousandIn100Threads("coroutines", thread, coroutine));
            claims.add(hundredThousandIn100Threads("virtual threads", thread, virtual));
        }
        claims.add(new Claim("switching coroutines is far cheaper than switching threads (no kernel involved)",
                versus("a switch", "coroutine", coroutine.switchNs(), "thread", thread.switchNs()),
                coroutine.switchNs() * CLEARLY < thread.switchNs()));
        claims.add(new Claim("switching processes costs more than switching threads",
                versus("a switch", "process", process.switchNs(), "thread", thread.switchNs()),
                process.switchNs() > thread.switchNs() * CLEARLY));
        claims.add(new Claim("creating a process is heavy, a thread lighter, a coroutine tiny",
                String.format(Locale.ROOT, "to create one: process %s, thread %s, coroutine %s",
                        Units.nanos(process.createUs() * 1000), Units.nanos(thread.createUs() * 1000),
                        Units.nanos(coroutine.createUs() * 1000)),
                process.createUs() > thread.createUs() && thread.createUs() > coroutine.createUs()));
        if (process.bytesPerUnit() > 0 && thread.bytesPerUnit() > 0 && coroutine.bytesPerUnit() > 0) {
            long processes = GIB / process.bytesPerUnit();
            long threads = GIB / thread.bytesPerUnit();
            long coroutines = GIB / coroutine.bytesPerUnit();
            claims.add(new Claim("processes scale to tens, threads to hundreds, coroutines to thousands and more",
                    String.format(Locale.ROOT, "idle in 1 GiB: %s processes, %s threads, %s coroutines",
                            Units.count(processes), Units.count(threads), Units.count(coroutines)),
                    processes >= 10 && processes < 100 && threads >= 100 && threads < 1000 && coroutines >= 1000));
        }
        return claims;
    }

    /** {@code "a switch: process 6.1 us, thread 4.1 us (1.5 x)"}; a tenth or less reads {@code (1/32 x)}. */
    private static String versus(String what, String a, double aNs, String b, double bNs) {
        return String.format(Locale.ROOT, "%s: %s %s, %s %s (%s x)", what, a, Units.nanos(aNs), b, Units.nanos(bNs),
                aNs * 10 >= bNs ? String.format(Locale.ROOT, "%.1f", aNs / bNs) : String.format(Locale.ROOT, "1/%.0f", bNs / aNs));
    }

    /** The seed's "100,000 coroutines in the memory of 100 threads": 1,000 units per thread. */
    private static Claim hundredThousandIn100Threads(String units, ModelCost thread, ModelCost unit) {
        double perThread = (double) thread.bytesPerUnit() / unit.bytesPerUnit();
        double threadsFor100k = 100_000 / perThread;
        return new Claim("100,000 " + units + " fit in the memory of 100 threads",
                String.format(Locale.ROOT, "one thread holds the memory of %s %s: 100,000 of them hold that of %s threads",
                        Units.count(Math.round(perThread)), units, Units.count(Math.round(threadsFor100k))),
                threadsFor100k <= 100);
    }
}
