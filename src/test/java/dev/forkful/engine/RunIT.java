package dev.forkful.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The exit codes of {@code forkful run} from the real jar: 0 played, 3 below the required stars, 1 bad input. */
@Timeout(120)
class RunIT {

    @Test
    void aPlayedLevelPrintsItsSummaryAndExitsZero() throws Exception {
        Game.Result r = Game.run("run", Game.level("wait").toString(), "--plan", "dish=coroutine");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("10");
    }

    @Test
    void belowTheRequiredStarsExitsThree() throws Exception {
        Game.Result r = Game.run("run", Game.level("wait").toString(), "--plan", "dish=coroutine", "--json",
                "--require-stars", "4");
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.json().get("served").getAsInt()).isEqualTo(10);
    }

    @Test
    void badInputExitsOneWithOneLine() throws Exception {
        Game.Result r = Game.run("run", Game.level("wait").toString(), "--plan", "dish=corutine");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("did you mean \"coroutine\"").doesNotContain("Exception");
        assertThat(r.out()).isEmpty();
    }
}
