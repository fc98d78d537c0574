package dev.forkful.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.forkful.bench.ModelCost.Timing;
import dev.forkful.bench.ModelCost.UnitMemory;
import dev.forkful.bench.SeedClaims.Verdict;
import dev.forkful.level.Model;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeedClaimsTest {
    /** Figures of the shape this machine gives: a thread weighs 1,300 coroutines but only 38 virtual threads. */
    private static final BenchReport REPORT = report(new Spread(9_000, 8_000, 11_000, 8_000, 11_000), new Spread(6_500, 6_000, 20_000, 6_000, 20_000));

    private static BenchReport report(Spread processPipe, Spread threadPipe) {
        return new BenchReport(2, "25", "1.50 1.20 0.90", "1.60 1.25 0.92", 7, List.of(
                new ModelCost(Model.PROCESS, timing(800_000_000), new Timing("pipe", processPipe),
                        new UnitMemory("kitchen", "USS", 24_000_000, 3), 1, 2000),
                new ModelCost(Model.THREAD, timing(500_000), timing(8_000), new UnitMemory("parked", "USS + kernel stack", 74_000, 1000),
                        200, 4000),
                new ModelCost(Model.COROUTINE, timing(50), timing(300), new UnitMemory("waiting", "heap kept", 57, 100_000),
                        100_000, 400_000),
                new ModelCost(Model.VIRTUAL, timing(45_000), timing(5_000), new UnitMemory("parked", "heap kept", 1_950, 20_000),
                        2_000, 10_000)),
                new BenchReport.OsProcessCosts(timing(1_200_000), timing(2_500_000), new Rollup(1_800_000, 190_000, 140_000),
                        new Rollup(42_000_000, 25_000_000, 23_000_000)),
                new Timing("thread pipe", threadPipe),
                new Asyncio(true, "python3 3.11.7", new Spread(1_500, 1_400, 1_900, 1_400, 1_900), new Spread(6_000, 5_500, 7_000, 5_500, 7_000), 813, 20_000),
                60);
    }

    /** A time whose trials lie within 10% of its median. */
    private static Timing timing(double medianNs) {
        return new Timing("t", new Spread(medianNs, medianNs * 0.9, medianNs * 1.1, medianNs * 0.9, medianNs * 1.1));
    }

    @Test
    void aDifferenceIsAVerdictOnlyWhenNoTrialsOverlap() {
        Spread slow = new Spread(10, 9, 12, 9, 12);
        Spread fast = new Spread(5, 4, 8, 4, 8);
        Spread overlapping = new Spread(7, 5, 9.5, 5, 9.5);

        assertThat(Verdict.above(slow, fast)).isEqualTo(Verdict.HOLDS);
        assertThat(Verdict.above(fast, slow)).isEqualTo(Verdict.DIFFERS);
        assertThat(Verdict.above(slow, overlapping)).as("medians 10 and 7, but a trial of each at 9-9.5").isEqualTo(Verdict.TOO_CLOSE);
        assertThat(Verdict.above(overlapping, slow)).isEqualTo(Verdict.TOO_CLOSE);
    }

    @Test
    void oneTrialThatMetABurstOfLoadDoesNotDecide() {
        // measured here (us): one process trial met a burst at 40 us, one thread trial at 10.7 us
        Spread process = Spread.of(8.4, 8.2, 40.3, 8.6, 8.8, 9.0, 8.5);
        Spread thread = Spread.of(6.6, 6.5, 10.7, 6.8, 7.0, 7.2, 6.7);
        Spread same = Spread.of(8.0, 8.9, 8.3, 8.5, 9.2, 8.1, 8.7);

        assertThat(Verdict.above(process, thread)).isEqualTo(Verdict.HOLDS);
        assertThat(Verdict.above(process, same)).isEqualTo(Verdict.TOO_CLOSE);
    }

    @Test
    void aClaimOfTwoPartsHoldsOnlyWhenBothDo() {
        assertThat(Verdict.HOLDS.and(Verdict.HOLDS)).isEqualTo(Verdict.HOLDS);
        assertThat(Verdict.HOLDS.and(Verdict.TOO_CLOSE)).isEqualTo(Verdict.TOO_CLOSE);
        assertThat(Verdict.TOO_CLOSE.and(Verdict.DIFFERS)).isEqualTo(Verdict.DIFFERS);
    }

    @Test
    void eachClaimIsJudgedByTheMeasurement() {
        List<SeedClaims.Claim> claims = SeedClaims.check(REPORT);

        assertThat(claims).extracting(SeedClaims.Claim::seedSays, SeedClaims.Claim::verdict).containsExactly(
                tuple("100,000 coroutines fit in the memory of 100 threads", Verdict.HOLDS),
                tuple("100,000 virtual threads fit in the memory of 100 threads", Verdict.DIFFERS),
                tuple("switching coroutines is far cheaper than switching threads (no kernel involved)", Verdict.HOLDS),
                tuple("switching processes costs more than switching threads", Verdict.TOO_CLOSE),
                tuple("creating a process is heavy, a thread lighter, a coroutine tiny", Verdict.HOLDS),
                tuple("processes scale to tens, threads to hundreds, coroutines to thousands and more", Verdict.DIFFERS));
        assertThat(claims.get(0).measured()).contains("1,298 coroutines", "77 threads");
        assertThat(claims.get(1).measured()).contains("2,635 threads");
        assertThat(claims.get(2).measured()).isEqualTo(
                "a switch: coroutine 300 ns [270 ns-330 ns], thread (park/unpark) 8.0 us [7.2 us-8.8 us] (1/27 x)");
        assertThat(claims.get(3).measured()).isEqualTo(
                "a pipe ping-pong switch: process 9.0 us [8.0 us-11.0 us], thread 6.5 us [6.0 us-20.0 us] (1.4 x)");
        assertThat(claims.get(4).measured()).contains("OS process 1.2 ms", "(a JVM kitchen 800.0 ms)");
        assertThat(claims.get(5).measured()).contains("44 JVM kitchens (USS)", "14,510 threads");
    }

    @Test
    void processesThatSwitchSlowerInEveryTrialHoldTheClaimAndFasterInEveryTrialDiffer() {
        var slower = SeedClaims.check(report(new Spread(9_000, 8_500, 9_500, 8_500, 9_500), new Spread(6_000, 5_800, 6_400, 5_800, 6_400)));
        var faster = SeedClaims.check(report(new Spread(5_000, 4_500, 5_500, 4_500, 5_500), new Spread(6_000, 5_800, 6_400, 5_800, 6_400)));

        assertThat(slower.get(3).verdict()).isEqualTo(Verdict.HOLDS);
        assertThat(faster.get(3).verdict()).isEqualTo(Verdict.DIFFERS);
    }

    @Test
    void withoutAMemoryFigureTheMemoryClaimsAreNotJudged() {
        BenchReport noProc = new BenchReport(2, "25", "", "", 7, REPORT.costs().stream()
                .map(c -> c.model() == Model.THREAD ? new ModelCost(c.model(), c.create(), c.handOff(),
                        new UnitMemory("parked", "USS + kernel stack", -1, 1000), c.created(), c.switches()) : c)
                .toList(), new BenchReport.OsProcessCosts(null, timing(2_500_000), null, null), REPORT.threadPipe(),
                Asyncio.notMeasured("no python3 on this machine"), 60);

        assertThat(SeedClaims.check(noProc)).extracting(SeedClaims.Claim::seedSays)
                .noneMatch(s -> s.contains("memory") || s.contains("scale"));
        assertThat(SeedClaims.check(noProc)).filteredOn(c -> c.seedSays().startsWith("creating")).singleElement()
                .satisfies(c -> assertThat(c.measured()).as("ProcessBuilder where posix_spawn is not there").contains("2.5 ms"));
        assertThat(BenchText.render(noProc)).contains("not measured here: no python3 on this machine")
                .contains("OS process: an idle /bin/sleep");
    }

    @Test
    void theJsonHasEveryModelsFiguresWithTheirSpreadAndTheClaims() throws IOException {
        StringWriter out = new StringWriter();
        BenchJson.write(REPORT, out);
        JsonObject json = JsonParser.parseString(out.toString()).getAsJsonObject();

        for (Model m : Model.values()) {
            assertThat(json.getAsJsonObject(m.id()).keySet()).contains("create_us", "switch_ns", "bytes_per_unit", "units",
                    "create", "switch", "memory");
            assertThat(json.getAsJsonObject(m.id()).getAsJsonObject("switch").keySet())
                    .contains("what", "median_ns", "min_ns", "max_ns");
        }
        assertThat(json.getAsJsonObject("coroutine").get("bytes_per_unit").getAsLong()).isEqualTo(57);
        assertThat(json.getAsJsonObject("process").getAsJsonObject("memory").get("kind").getAsString()).isEqualTo("USS");
        assertThat(json.getAsJsonObject("thread").getAsJsonObject("switch").get("max_ns").getAsDouble()).isEqualTo(8800.0);
        JsonObject os = json.getAsJsonObject("os_process");
        assertThat(os.getAsJsonObject("spawn").get("median_ns").getAsDouble()).isEqualTo(1_200_000.0);
        assertThat(os.getAsJsonObject("idle_sleep_memory").get("uss_bytes").getAsLong()).isEqualTo(140_000);
        assertThat(os.getAsJsonObject("idle_kitchen_memory").get("pss_bytes").getAsLong()).isEqualTo(25_000_000);
        assertThat(json.getAsJsonObject("thread_pipe_switch").get("min_ns").getAsDouble()).isEqualTo(6_000.0);
        assertThat(json.getAsJsonObject("asyncio").getAsJsonObject("memory").get("bytes_per_unit").getAsLong()).isEqualTo(813);
        assertThat(json.get("load_before").getAsString()).isEqualTo("1.50 1.20 0.90");
        assertThat(json.getAsJsonArray("claims")).hasSize(6);
        JsonObject close = json.getAsJsonArray("claims").get(3).getAsJsonObject();
        assertThat(close.get("verdict").getAsString()).isEqualTo("too close to call on this machine");
        assertThat(close.get("holds").isJsonNull()).isTrue();
        assertThat(json.get("kitchen_ping_us").getAsDouble()).isEqualTo(60.0);
    }

    @Test
    void theTableShowsEachFigureWithWhichKindItIsAndTheVerdicts() {
        String text = BenchText.render(REPORT);

        assertThat(text).contains("57 B", "72.3 KB", "USS + kernel stack", "heap kept", "[holds]", "[differs]",
                "too close to call on this machine: the middle halves of the trials overlap", "over 100,000", "over 20,000",
                "(a pantry take pays one): 60.0 us", "PSS 23.8 MB, RSS 40.1 MB", "python3 3.11.7", "813 B",
                "1.50 1.20 0.90 before");
        assertThat(text.chars()).allMatch(c -> c == '\n' || (c >= 0x20 && c < 0x7f));
    }
}
