package dev.forkful.bench;

import dev.forkful.level.Model;
import java.util.Locale;

/** The table that {@code forkful bench} prints: the measurements, then the seed's claims beside them. */
public final class BenchText {
    private static final String ROW = "%-10s %12s %12s %12s   %s%n";

    private BenchText() {
    }

    public static String render(BenchReport r) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "What each model costs on this machine: %d cores, Java %s.%n", r.cores(), r.java()));
        out.append(String.format(Locale.ROOT, "Create and switch: medians of %d trials after a warm-up. Memory: read in a fresh child.%n%n",
                r.trials()));
        out.append(String.format(Locale.ROOT, ROW, "model", "create one", "switch", "idle unit", "memory measured over"));
        for (ModelCost c : r.costs()) {
            out.append(String.format(Locale.ROOT, ROW, c.model().id(), Units.nanos(c.createUs() * 1000),
                    Units.nanos(c.switchNs()), Units.bytes(c.bytesPerUnit()), Units.count(c.units()) + " " + unitName(c)));
        }
        out.append(String.format(Locale.ROOT, "%n"));
        for (ModelCost c : r.costs()) {
            String label = c.model().id();
            for (String part : c.how().split("; ")) {
                out.append(String.format(Locale.ROOT, "  %-10s %s%n", label, part));
                label = "";
            }
        }
        out.append(String.format(Locale.ROOT, "%nA kitchen child's protocol round trip (a pantry take pays one): %s%n",
                Units.nanos(r.pingRoundUs() * 1000)));
        out.append(String.format(Locale.ROOT, "%nThe seed says, and this machine measured:%n"));
        for (SeedClaims.Claim claim : SeedClaims.check(r)) {
            out.append(String.format(Locale.ROOT, "  %-9s %s%n  %-9s %s%n", claim.holds() ? "[holds]" : "[differs]",
                    claim.seedSays(), "", claim.measured()));
        }
        return out.toString();
    }

    private static String unitName(ModelCost c) {
        String one = c.model() == Model.VIRTUAL ? "virtual thread" : c.model().id();
        return c.units() == 1 ? one : c.model() == Model.PROCESS ? "processes" : one + "s";
    }
}
