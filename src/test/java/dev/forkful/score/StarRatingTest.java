package dev.forkful.score;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forkful.level.Stars;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class StarRatingTest {
    private static final Stars MEMORY = new Stars(List.of(
            new Stars.Rule("one", OptionalDouble.of(1), OptionalDouble.empty(), OptionalInt.empty(), OptionalInt.empty(),
                    OptionalLong.empty()),
            new Stars.Rule("two", OptionalDouble.of(1), OptionalDouble.empty(), OptionalInt.empty(), OptionalInt.empty(),
                    OptionalLong.empty(), OptionalDouble.of(200))));

    private static List<Score.StarCheck> judge(double pssMb) {
        return StarRating.check(MEMORY, new StarRating.Judged(1, 100, 100, 0, 0, 0, pssMb));
    }

    @Test
    void aMemoryStarHoldsAtOrBelowItsPeakPss() {
        assertThat(StarRating.earned(judge(117.8))).isEqualTo(2);
        assertThat(StarRating.earned(judge(200))).isEqualTo(2);
        List<Score.StarCheck> over = judge(307.2);
        assertThat(StarRating.earned(over)).isEqualTo(1);
        assertThat(over.get(1).conditions().getLast()).satisfies(c -> {
            assertThat(c.name()).isEqualTo("pss");
            assertThat(c.held()).isFalse();
            assertThat(c.text()).isEqualTo("peak PSS 307.2 MB > 200 MB");
        });
    }

    @Test
    void aMemoryStarIsNotGivenWherePssIsNotMeasured() {
        List<Score.StarCheck> unmeasured = judge(-1);
        assertThat(StarRating.earned(unmeasured)).isEqualTo(1);
        assertThat(unmeasured.get(1).conditions().getLast().text()).contains("memory not measured here");
    }
}
