package dev.forkful.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.forkful.level.Model;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeedClaimsTest {
    /** Figures of the shape this machine gives: a thread weighs 1,300 coroutines but only 38 virtual threads. */
    private static final BenchReport REPORT = new BenchReport(2, "25", 5, List.of(
            new ModelCost(Model.PROCESS, 800_000, 4_000, 60_000_000, 3, 1, 1000, "rss"),
            new ModelCost(Model.THREAD, 500, 8_000, 74_000, 1000, 200, 4000, "rss+kstack"),
            new ModelCost(Model.COROUTINE, 0.05, 300, 57, 100_000, 100_000, 400_000, "heap"),
            new ModelCost(Model.VIRTUAL, 45, 5_000, 1_950, 20_000, 2_000, 10_000, "heap")), 60);

    @Test
    void eachClaimIsJudgedByTheMeasurement() {
        List<SeedClaims.Claim> claims = SeedClaims.check(REPORT);

        assertThat(claims).extracting(SeedClaims.Claim::seedSays, SeedClaims.Claim::holds).containsExactly(
                org.assertj.core.groups.Tuple.tuple("100,000 coroutines fit in the memory of 100 threads", true),
                org.assertj.core.groups.Tuple.tuple("100,000 virtual threads fit in the memory of 100 threads", false),
                org.assertj.core.groups.Tuple.tuple("switching coroutines is far cheaper than switching threads (no kernel involved)", true),
                org.assertj.core.groups.Tuple.tuple("switching processes costs more than switching threads", false),
                org.assertj.core.groups.Tuple.tuple("creating a process is heavy, a thread lighter, a coroutine tiny", true),
                org.assertj.core.groups.Tuple.tuple("processes scale to tens, threads to hundreds, coroutines to thousands and more", false));
        assertThat(claims.get(0).measured()).contains("1,298 coroutines", "77 threads");
        assertThat(claims.get(1).measured()).contains("2,635 threads");
        assertThat(claims.get(2).measured()).isEqualTo("a switch: coroutine 300 ns, thread 8.0 us (1/27 x)");
        assertThat(claims.get(3).measured()).isEqualTo("a switch: process 4.0 us, thread 8.0 us (0.5 x)");
        assertThat(claims.get(5).measured()).contains("17 processes", "14,510 threads");
    }

    @Test
    void withoutAMemoryFigureTheMemoryClaimsAreNotJudged() {
        BenchReport noProc = new BenchReport(2, "25", 5, REPORT.costs().stream()
                .map(c -> c.model() == Model.THREAD ? new ModelCost(c.model(), c.createUs(), c.switchNs(), -1, c.units(),
                        c.created(), c.switches(), c.how()) : c)
                .toList(), 60);

        assertThat(SeedClaims.check(noProc)).extracting(SeedClaims.Claim::seedSays)
                .noneMatch(s -> s.contains("memory") || s.contains("scale"));
    }

    @Test
    void theJsonHasEveryModelsFiguresAndTheClaims() throws IOException {
        StringWriter out = new StringWriter();
        BenchJson.write(REPORT, out);
        JsonObject json = JsonParser.parseString(out.toString()).getAsJsonObject();

        for (Model m : Model.values()) {
            assertThat(json.getAsJsonObject(m.id()).keySet()).contains("create_us", "switch_ns", "bytes_per_unit", "units");
        }
        assertThat(json.getAsJsonObject("coroutine").get("bytes_per_unit").getAsLong()).isEqualTo(57);
        assertThat(json.getAsJsonObject("thread").get("units").getAsInt()).isEqualTo(1000);
        assertThat(json.getAsJsonArray("claims")).hasSize(6);
        assertThat(json.get("kitchen_ping_us").getAsDouble()).isEqualTo(60.0);
    }

    @Test
    void theTableShowsEachModelAndTheVerdicts() {
        String text = BenchText.render(REPORT);

        assertThat(text).contains("57 B", "72.3 KB", "57.2 MB", "[holds]", "[differs]", "100,000 coroutines", "3 processes",
                "20,000 virtual threads", "(a pantry take pays one): 60.0 us");
        assertThat(text.chars()).allMatch(c -> c == '\n' || (c >= 0x20 && c < 0x7f));
    }
}
