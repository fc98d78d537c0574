package dev.forkful.bench;

import dev.forkful.level.Model;
import dev.forkful.level.Plain;
import java.util.ArrayList;
import java.util.List;

/**
 * The teaching source's claims about cost, set beside this machine's measurements: the game
 * teaches what is measured, and says so where the source is wrong. A claim about time is judged
 * only when the middle half of one side's trials lies beyond the middle half of the other's; where
 * they overlap, this machine cannot tell, and says so.
 */
final class SeedClaims {
    private static final long GIB = 1024L * 1024 * 1024;

    private SeedClaims() {
    }

    /** What the measurement says of a claim. */
    enum Verdict {
        HOLDS("holds"), DIFFERS("differs"), TOO_CLOSE("too close to call on this machine");

        final String words;

        Verdict(String words) {
            this.words = words;
        }

        /** {@code higher} clearly above {@code lower} ({@link Spread#clearlyAbove}) holds; the reverse differs; else too close. */
        static Verdict above(Spread higher, Spread lower) {
            return higher.clearlyAbove(lower) ? HOLDS : lower.clearlyAbove(higher) ? DIFFERS : TOO_CLOSE;
        }

        /** Both parts of a claim: any that differs makes it differ, both must hold for it to hold. */
        Verdict and(Verdict other) {
            return this == DIFFERS || other == DIFFERS ? DIFFERS : this == HOLDS && other == HOLDS ? HOLDS : TOO_CLOSE;
        }

        static Verdict of(boolean holds) {
            return holds ? HOLDS : DIFFERS;
        }
    }

    /** One claim: what the seed says, what was measured, and what the measurement says of it. */
    record Claim(String seedSays, String measured, Verdict verdict) {}

    static List<Claim> check(BenchReport r) {
        ModelCost process = r.cost(Model.PROCESS);
        ModelCost thread = r.cost(Model.THREAD);
        ModelCost coroutine = r.cost(Model.COROUTINE);
        ModelCost virtual = r.cost(Model.VIRTUAL);
        long threadBytes = thread.memory().bytesPerUnit();
        List<Claim> claims = new ArrayList<>();
        if (threadBytes > 0 && coroutine.memory().bytesPerUnit() > 0) {
            claims.add(hundredThousandIn100Threads("coroutines", threadBytes, coroutine.memory().bytesPerUnit()));
            claims.add(hundredThousandIn100Threads("virtual threads", threadBytes, virtual.memory().bytesPerUnit()));
        }
        Spread coroutineSwitch = coroutine.handOff().ns();
        Spread threadSwitch = thread.handOff().ns();
        claims.add(new Claim("switching coroutines is far cheaper than switching threads (no kernel involved)",
                versus("a switch", "coroutine", coroutineSwitch, "thread (park/unpark)", threadSwitch),
                Verdict.above(threadSwitch, coroutineSwitch)));
        Spread processPipe = process.handOff().ns();
        Spread threadPipe = r.threadPipe().ns();
        claims.add(new Claim("switching processes costs more than switching threads",
                versus("a pipe ping-pong switch", "process", processPipe, "thread", threadPipe),
                Verdict.above(processPipe, threadPipe)));
        claims.add(creation(r, process, thread, coroutine));
        long kitchenBytes = process.memory().bytesPerUnit();
        if (kitchenBytes > 0 && threadBytes > 0 && coroutine.memory().bytesPerUnit() > 0) {
            long processes = GIB / kitchenBytes;
            long threads = GIB / threadBytes;
            long coroutines = GIB / coroutine.memory().bytesPerUnit();
            claims.add(new Claim("processes scale to tens, threads to hundreds, coroutines to thousands and more",
                    Plain.format("idle in 1 GiB: %s JVM kitchens (USS), %s threads, %s coroutines",
                            Units.count(processes), Units.count(threads), Units.count(coroutines)),
                    Verdict.of(processes >= 10 && processes < 100 && threads >= 100 && threads < 1000 && coroutines >= 1000)));
        }
        return claims;
    }

    /** An OS process (posix_spawn, else ProcessBuilder) against a thread against a coroutine; the JVM kitchen beside. */
    private static Claim creation(BenchReport r, ModelCost process, ModelCost thread, ModelCost coroutine) {
        ModelCost.Timing os = r.os().spawn() != null ? r.os().spawn() : r.os().builder();
        Spread threadNs = thread.create().ns();
        return new Claim("creating a process is heavy, a thread lighter, a coroutine tiny",
                Plain.format("to create one: OS process %s (a JVM kitchen %s), thread %s, coroutine %s",
                        range(os.ns()), Units.nanos(process.create().ns().median()), range(threadNs),
                        range(coroutine.create().ns())),
                Verdict.above(os.ns(), threadNs).and(Verdict.above(threadNs, coroutine.create().ns())));
    }

    /** {@code "a switch: process 6.1 us [5.0 us-7.2 us], thread 4.1 us [...] (1.5 x)"}; under a tenth reads {@code (1/32 x)}. */
    private static String versus(String what, String a, Spread aNs, String b, Spread bNs) {
        double ratio = aNs.median() / bNs.median();
        return Plain.format("%s: %s %s, %s %s (%s x)", what, a, range(aNs), b, range(bNs),
                ratio >= 0.1 ? Plain.format("%.1f", ratio) : Plain.format("1/%.0f", 1 / ratio));
    }

    /** A time with the middle half of its trials: {@code 4.1 us [3.9 us-5.0 us]}. */
    static String range(Spread ns) {
        return Units.nanos(ns.median()) + " " + BenchText.middleHalf(ns);
    }

    /** The seed's "100,000 coroutines in the memory of 100 threads": 1,000 units per thread. */
    private static Claim hundredThousandIn100Threads(String units, long threadBytes, long unitBytes) {
        double perThread = (double) threadBytes / unitBytes;
        double threadsFor100k = 100_000 / perThread;
        return new Claim("100,000 " + units + " fit in the memory of 100 threads",
                Plain.format("one thread holds the memory of %s %s: 100,000 of them hold that of %s threads",
                        Units.count(Math.round(perThread)), units, Units.count(Math.round(threadsFor100k))),
                Verdict.of(threadsFor100k <= 100));
    }
}
