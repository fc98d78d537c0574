package dev.forkful.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every asset the game loads from the class path, as the build copies {@code assets/} there. */
class AssetsTest {
    private static final Style UNICODE = new Style(false, true);
    private static final Style ASCII = new Style(true, true);

    @Test
    void everyDrawingLoadsInBothFormsAndTheAsciiFormIsAscii() {
        for (Art art : Art.values()) {
            List<String> utf8 = art.rows(UNICODE);
            List<String> ascii = art.rows(ASCII);
            assertThat(utf8).as(art.path(false)).isNotEmpty().allMatch(r -> r.length() == art.width(UNICODE));
            assertThat(ascii).as(art.path(true)).isNotEmpty().allMatch(r -> r.length() == art.width(ASCII));
            assertThat(String.join("", ascii).chars()).as(art.path(true)).allMatch(c -> c >= 0x20 && c < 0x7f);
            // one terminal cell a character: no surrogate pairs, no wide CJK or emoji, no control characters
            assertThat(String.join("", utf8).chars()).as(art.path(false))
                    .allMatch(c -> c >= 0x20 && c != 0x7f && (c < 0xD800 || c > 0xDFFF) && c < 0x2E80);
            assertThat(ascii.size()).as("%s: both forms take the same rows", art).isEqualTo(utf8.size());
        }
    }

    @Test
    void theTitleFitsTheLeastScreenAndTheHousesFitBesideEachOther() {
        for (Style s : List.of(UNICODE, ASCII)) {
            assertThat(Art.TITLE.width(s)).isLessThanOrEqualTo(78);
            assertThat(Art.HOUSE.height(s)).isEqualTo(Art.BURNT_HOUSE.height(s)).isEqualTo(Art.FROZEN_KITCHEN.height(s));
            assertThat(Art.CHEF.height(s)).isLessThanOrEqualTo(Art.HOUSE.height(s));
        }
    }

    @Test
    void everyFileInAssetsIsADrawingOrAThemeTheGameKnows() throws IOException {
        try (Stream<Path> art = Files.list(Path.of("assets/art")); Stream<Path> themes = Files.list(Path.of("assets/themes"))) {
            assertThat(art.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(Arrays.stream(Art.values())
                            .flatMap(a -> Stream.of(a.path(false), a.path(true))).map(p -> p.substring("art/".length())).toList());
            assertThat(themes.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(Theme.NAMES.stream().map(n -> n + ".toml").toList());
        }
    }

    @Test
    void everyThemeSetsEveryToneAndOnlyThePlainOneHasNoColour() {
        for (String name : Theme.NAMES) {
            Theme t = Theme.named(name).orElseThrow();
            assertThat(t.name()).isEqualTo(name);
            assertThat(t.description()).isNotBlank();
            for (Tone tone : Tone.values()) {
                assertThat(t.ink(tone)).as("%s %s", name, tone).isNotNull();
            }
            assertThat(t.colored()).as(name).isEqualTo(!name.equals("plain"));
        }
        // without colour, weight still tells the chosen row and the keys apart
        assertThat(Theme.plain().ink(Tone.SELECTED).reverse()).isTrue();
        assertThat(Theme.plain().ink(Tone.KEY).bold()).isTrue();
        assertThat(Theme.named("no-such")).isEmpty();
        assertThat(Theme.unknown("plian")).contains("did you mean \"plain\"?");
    }

    @Test
    void aBrokenThemeSaysWhichLineAndWhatIsWrong() {
        assertThatThrownBy(() -> Theme.parse("themes/x.toml", """
                name = "x"
                [tones]
                plain = { fg = "default" }
                dim = { fg = "gren" }
                """)).hasMessage("assets/themes/x.toml:4: dim: \"gren\" is no colour; did you mean \"green\"?");
        assertThatThrownBy(() -> Theme.parse("themes/x.toml", """
                [tones]
                plain = { fg = "default", bolt = true }
                """)).hasMessage("assets/themes/x.toml:2: plain: \"bolt\" is no ink key; did you mean \"bold\"?");
        assertThatThrownBy(() -> Theme.parse("themes/x.toml", """
                [tones]
                plain = { fg = "default" }
                """)).hasMessage("assets/themes/x.toml:1: sets no ink for the tone \"" + Tone.DIM.name().toLowerCase(Locale.ROOT) + "\"");
        assertThatThrownBy(() -> Assets.text("art/no-such.txt")).hasMessageContaining("assets/art/no-such.txt is missing");
    }

    @Test
    void theLineModeGetsNoDrawings() {
        assertThat(Style.DEFAULT.drawings()).isTrue();
        assertThat(Style.DEFAULT.withoutDrawings().drawings()).isFalse();
    }
}
