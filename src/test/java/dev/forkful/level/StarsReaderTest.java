package dev.forkful.level;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class StarsReaderTest {
    private static Stars stars(ParsedToml toml, Map<String, Long> fridge) {
        return new StarsReader(fridge).stars(toml.top().table("stars", "[stars]", "").orElseThrow());
    }

    @Test
    void readsTheConditionsOfEachStar() {
        ParsedToml toml = ParsedToml.of("""
                [stars]
                one = { served = 0.5 }
                three = { served = 1, par = 1.2, crashes = 0, races = 0 }
                """);

        Stars stars = stars(toml, Map.of("salt", 1L));

        assertThat(toml.problems()).isEmpty();
        assertThat(stars.rules()).containsExactly(
                new Stars.Rule("one", OptionalDouble.of(0.5), OptionalDouble.empty(), OptionalInt.empty(),
                        OptionalInt.empty(), OptionalLong.empty()),
                new Stars.Rule("three", OptionalDouble.of(1), OptionalDouble.of(1.2), OptionalInt.of(0),
                        OptionalInt.empty(), OptionalLong.of(0)));
    }

    @Test
    void aLaterStarIsAtLeastAsHardAsAnEarlierOne() {
        ParsedToml toml = ParsedToml.of("""
                [stars]
                one = { served = 0.9, par = 1.5 }
                two = { served = 0.5, par = 2.0 }
                """);

        stars(toml, Map.of());

        assertThat(toml.problems()).containsExactly(
                "3: star \"two\" is easier than star \"one\" (line 2): served = 0.5 is below its 0.9; a later star must be"
                        + " at least as hard in every condition both set",
                "3: star \"two\" is easier than star \"one\" (line 2): par = 2.0 is above its 1.5; a later star must be"
                        + " at least as hard in every condition both set");
    }

    @Test
    void aRaceConditionNeedsAFridgeToFail() {
        ParsedToml toml = ParsedToml.of("""
                [stars]
                three = { races = 0 }
                """);

        stars(toml, Map.of());

        assertThat(toml.problems()).containsExactly("2: races = 0 but the level has no [fridge]: lost updates happen only"
                + " at a shared fridge, so this condition could never fail");
    }

    @Test
    void aMemoryStarReadsASizeAndIsNoEasierThanTheOneBefore() {
        ParsedToml toml = ParsedToml.of("""
                [stars]
                two = { served = 1, pss = "200MB" }
                three = { served = 1, pss = "0.25GB" }
                """);

        Stars stars = stars(toml, Map.of());

        assertThat(stars.rules().getFirst().pssMb()).hasValue(200);
        assertThat(toml.problems()).containsExactly("3: star \"three\" is easier than star \"two\" (line 2): pss = 0.25GB is"
                + " above its 200MB; a later star must be at least as hard in every condition both set");
    }

    @Test
    void aMemoryStarWithoutAUnitSaysHowToWriteIt() {
        ParsedToml toml = ParsedToml.of("""
                [stars]
                three = { pss = 200 }
                """);

        stars(toml, Map.of());

        assertThat(toml.problems()).containsExactly("2: pss = 200 is not a memory size: write a number and a unit (KB, MB, GB),"
                + " e.g. pss = \"200MB\"");
    }
}
