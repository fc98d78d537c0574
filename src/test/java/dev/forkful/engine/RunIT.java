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
    void thePrintedPlanIsOneThatPlanAcceptsBack() throws Exception {
        Game.Result text = Game.run("run", Game.level("wait").toString(), "--plan", "dish=coroutine:1");
        assertThat(text.exit()).as(text.err()).isZero();
        assertThat(text.out()).contains("dish=coroutine").doesNotContain("coroutine:");
        Game.Result json = Game.run("run", Game.level("fridge").toString(), "--plan", "dish=thread:2:nolock", "--json");
        String plan = json.json().get("plan").getAsString();
        assertThat(plan).isEqualTo("dish=thread:2:nolock");
        Game.Result again = Game.run("run", Game.level("fridge").toString(), "--plan", plan, "--json");
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.json().get("plan").getAsString()).isEqualTo(plan);
    }

    @Test
    void belowTheRequiredStarsExitsThree() throws Exception {
        // ten blocking calls one after another on the loop: far over par, so one star
        Game.Result r = Game.run("run", Game.level("block").toString(), "--plan", "dish=coroutine", "--json",
                "--require-stars", "2");
        assertThat(r.exit()).as(r.err()).isEqualTo(3);
        assertThat(r.json().get("stars").getAsInt()).isEqualTo(1);
        assertThat(r.json().get("served").getAsInt()).isEqualTo(10);
    }

    @Test
    void aHeadlessRunTeachesWhatHappenedWithItsRowsTheStarConditionsAndWhereItRan() throws Exception {
        Game.Result text = Game.run("run", Game.level("block").toString(), "--plan", "dish=coroutine");
        assertThat(text.out()).contains("What happened", "[block] The dish event loop spent", "in blocking calls",
                "Lesson", "Integration test level.");
        Game.Result r = Game.run("run", Game.level("block").toString(), "--plan", "dish=coroutine", "--json", "--seed", "9");
        assertThat(r.json().get("seed").getAsLong()).isEqualTo(9);
        assertThat(r.json().get("java").getAsString()).startsWith("25");
        // ten calls of 150 ms one after another, counted to the kitchen's last stats sample
        assertThat(r.json().get("blocked_ms").getAsLong()).isBetween(1000L, r.json().get("wall_ms").getAsLong());
        assertThat(r.json().getAsJsonArray("explain")).anySatisfy(e ->
                assertThat(e.getAsJsonObject().get("row").getAsString()).isEqualTo("block"));
        assertThat(r.json().getAsJsonArray("star_checks").get(1).getAsJsonObject().get("held").getAsBoolean()).isFalse();
        Game.Result process = Game.run("run", Game.level("block").toString(), "--plan", "dish=process:2", "--json");
        assertThat(process.json().getAsJsonArray("tasks").get(0).getAsJsonObject().has("lock")).isFalse();
    }

    @Test
    void aRepeatedRaceRunPrintsMediansSpreadsAndAHistogram() throws Exception {
        Game.Result r = Game.run("run", Game.level("fridge").toString(), "--plan", "dish=thread:2:nolock", "--json",
                "--repeat", "3");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.json().get("repeat").getAsInt()).isEqualTo(3);
        assertThat(r.json().getAsJsonObject("figures").getAsJsonObject("wall_ms").keySet()).containsExactly("median", "min", "max");
        assertThat(r.json().getAsJsonObject("outcomes").getAsJsonObject("races").entrySet().stream()
                .mapToInt(e -> e.getValue().getAsInt()).sum()).isEqualTo(3);
        assertThat(r.json().getAsJsonArray("stars_per_run")).hasSize(3);
    }

    @Test
    void aStarCountAboveThreeIsBadInput() throws Exception {
        Game.Result r = Game.run("run", Game.level("wait").toString(), "--require-stars", "4");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("a level has at most 3 stars").doesNotContain("Exception");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void badInputExitsOneWithOneLine() throws Exception {
        Game.Result r = Game.run("run", Game.level("wait").toString(), "--plan", "dish=corutine");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err().strip()).endsWith("did you mean \"coroutine\"?").doesNotContain("Exception");
        assertThat(r.out()).isEmpty();
    }
}
