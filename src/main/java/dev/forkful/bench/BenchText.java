package dev.forkful.bench;

import dev.forkful.bench.ModelCost.Timing;
import dev.forkful.level.Model;
import dev.forkful.level.Plain;

/**
 * The tables that {@code forkful bench} prints: what creating, switching and holding one unit of each
 * model costs, each time with the spread of its trials, an OS process and an asyncio Task beside
 * them; then the seed's claims beside the measurements.
 */
public final class BenchText {
    private static final String ROW = "  %-52s %9s  %s%n";
    private static final String NOT_MEASURED = "not measured here";

    private BenchText() {
    }

    public static String render(BenchReport r) {
        StringBuilder out = new StringBuilder();
        out.append(Plain.format("What each model costs on this machine: %d cores, Java %s.%n", r.cores(), r.java()));
        if (!r.loadBefore().isEmpty()) {
            out.append(Plain.format("Load averages (1, 5, 15 min): %s before, %s after.%n", r.loadBefore(),
                    r.loadAfter()));
        }
        out.append(Plain.format("Times: the median of %d trials taken in turn, [the middle half of the trials]"
                + " beside;%na claim is judged only where those of its two sides do not overlap.%n", r.trials()));
        creates(out, r);
        switches(out, r);
        memory(out, r);
        out.append(Plain.format("%nA kitchen child's protocol round trip (a pantry take pays one): %s%n",
                Units.nanos(r.pingRoundUs() * 1000)));
        out.append(Plain.format("%nThe seed says, and this machine measured:%n"));
        for (SeedClaims.Claim claim : SeedClaims.check(r)) {
            out.append(Plain.format("  %-9s %s%n  %-9s %s%n", label(claim.verdict()), claim.seedSays(), "",
                    claim.measured()));
            if (claim.verdict() == SeedClaims.Verdict.TOO_CLOSE) {
                out.append(Plain.format("  %-9s %s: the middle halves of the trials overlap%n", "", claim.verdict().words));
            }
        }
        return out.toString();
    }

    private static void creates(StringBuilder out, BenchReport r) {
        out.append(Plain.format("%nTo create one%n"));
        BenchReport.OsProcessCosts os = r.os();
        if (os.spawn() == null) {
            out.append(Plain.format(ROW, "OS process: posix_spawn " + OsProcess.TINY, "", NOT_MEASURED));
        } else {
            timing(out, "OS process", os.spawn());
        }
        timing(out, "OS process", os.builder());
        for (ModelCost c : r.costs()) {
            timing(out, name(c.model()), c.create());
        }
        asyncio(out, r.asyncio(), "create_task", r.asyncio().createNs());
        if (os.spawn() != null) {
            out.append(Plain.format("  ProcessBuilder adds to a bare spawn: on Linux it spawns jspawnhelper,"
                    + " which execs the program;%n  three pipes; a reaper thread.%n"));
        }
    }

    private static void switches(StringBuilder out, BenchReport r) {
        out.append(Plain.format("%nTo switch (one hand-off; a pipe ping-pong is lmbench's lat_ctx way)%n"));
        timing(out, "process", r.cost(Model.PROCESS).handOff());
        timing(out, "thread", r.threadPipe());
        for (Model m : new Model[] {Model.THREAD, Model.VIRTUAL, Model.COROUTINE}) {
            timing(out, name(m), r.cost(m).handOff());
        }
        asyncio(out, r.asyncio(), "await asyncio.sleep(0)", r.asyncio().switchNs());
    }

    private static void memory(StringBuilder out, BenchReport r) {
        out.append(Plain.format("%nTo hold one idle (USS: its private pages, what one more costs)%n"));
        rollup(out, "OS process: an idle " + OsProcess.IDLE, r.os().idle());
        rollup(out, "process: an idle JVM kitchen child", r.os().kitchen());
        for (Model m : new Model[] {Model.THREAD, Model.VIRTUAL, Model.COROUTINE}) {
            ModelCost.UnitMemory mem = r.cost(m).memory();
            out.append(Plain.format(ROW, name(m) + ": " + mem.what() + ", " + mem.kind(),
                    mem.bytesPerUnit() < 0 ? "" : Units.bytes(mem.bytesPerUnit()),
                    mem.bytesPerUnit() < 0 ? NOT_MEASURED : "over " + Units.count(mem.units())));
        }
        Asyncio a = r.asyncio();
        out.append(Plain.format(ROW, "asyncio Task: parked on a future, Python heap",
                a.measured() ? Units.bytes(a.bytesPerTask()) : "",
                a.measured() ? "over " + Units.count(a.tasksHeld()) + " (tracemalloc), " + a.python() : NOT_MEASURED + ": " + a.python()));
    }

    private static void timing(StringBuilder out, String model, Timing t) {
        out.append(Plain.format(ROW, model + ": " + t.what(), Units.nanos(t.ns().median()), middleHalf(t.ns())));
    }

    private static void asyncio(StringBuilder out, Asyncio a, String what, Spread ns) {
        String label = "asyncio Task: " + what;
        if (a.measured()) {
            out.append(Plain.format(ROW, label, Units.nanos(ns.median()), middleHalf(ns) + " " + a.python()));
        } else {
            out.append(Plain.format(ROW, label, "", NOT_MEASURED + ": " + a.python()));
        }
    }

    private static void rollup(StringBuilder out, String what, Rollup m) {
        if (m == null) {
            out.append(Plain.format(ROW, what, "", NOT_MEASURED));
            return;
        }
        out.append(Plain.format(ROW, what + ", USS", Units.bytes(m.ussBytes()),
                "PSS " + Units.bytes(m.pssBytes()) + ", RSS " + Units.bytes(m.rssBytes())));
    }

    /** The 25th to the 75th percentile of the trials: {@code [3.9 us-5.0 us]}. */
    static String middleHalf(Spread ns) {
        return "[" + Units.nanos(ns.q1()) + "-" + Units.nanos(ns.q3()) + "]";
    }

    private static String label(SeedClaims.Verdict v) {
        return switch (v) {
            case HOLDS -> "[holds]";
            case DIFFERS -> "[differs]";
            case TOO_CLOSE -> "[?]";
        };
    }

    private static String name(Model m) {
        return m == Model.VIRTUAL ? "virtual thread" : m.id();
    }
}
