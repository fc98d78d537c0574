package dev.forkful.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Percentiles are exact: the same as read off a sorted copy, ties and all. */
class LatenciesTest {
    @Test
    void selectsTheSameValueAsASortedCopy() {
        Random random = new Random(14);
        for (int round = 0; round < 300; round++) {
            int n = 1 + random.nextInt(round < 100 ? 20 : 3_000);
            long[] values = new long[n];
            int spread = 1 + random.nextInt(round % 3 == 0 ? 5 : 1_000_000); // many ties, or few
            for (int i = 0; i < n; i++) {
                values[i] = random.nextInt(spread);
            }
            long[] sorted = values.clone();
            Arrays.sort(sorted);
            for (int k : new int[] {0, n / 2, n - 1, random.nextInt(n)}) {
                assertThat(Latencies.select(values.clone(), k)).as("n %d, k %d", n, k).isEqualTo(sorted[k]);
            }
        }
    }

    @Test
    void nearestRankPercentilesAfterMoreCameThanExpected() {
        Latencies l = new Latencies(5);
        assertThat(l.percentileMs(0.5)).isNaN();
        l.addAll(new long[] {5_000_000, 1_000_000, 4_000_000});
        l.addAll(new long[] {2_000_000, 3_000_000});
        assertThat(l.percentileMs(0.5)).isEqualTo(3.0);
        assertThat(l.percentileMs(0.95)).isEqualTo(5.0);
        assertThat(l.percentileMs(0.0)).isEqualTo(1.0);
        long[] late = new long[40]; // past the room made for 5 (16 at the least)
        Arrays.fill(late, 100_000_000);
        l.addAll(late);
        assertThat(l.percentileMs(0.1)).isEqualTo(5.0);
        assertThat(l.percentileMs(0.5)).isEqualTo(100.0);
    }
}
