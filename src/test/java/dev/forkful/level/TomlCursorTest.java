package dev.forkful.level;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TomlCursorTest {
    @Test
    void stepsOverBlanksCommentsAndLineEndsCountingLines() {
        TomlCursor at = new TomlCursor("  # note\r\n\n\t x = 1");

        at.skipBlankAndNewlines();

        assertThat(at.line()).isEqualTo(3);
        assertThat(at.peek()).isEqualTo('x');
        assertThat(at.snippet()).isEqualTo("\"x = 1\"");
    }

    @Test
    void namesWhatStandsHereShortly() {
        TomlCursor at = new TomlCursor("a".repeat(40) + ", b\n");
        assertThat(at.snippet()).isEqualTo("\"" + "a".repeat(30) + "...\"");
        at.skip(43);
        assertThat(at.snippet()).isEqualTo("the end of the line");
        at.skip(1);
        assertThat(at.snippet()).isEqualTo("the end of the file");
    }

    @Test
    void aMistakeOnThisLineSkipsTheLineAndOnAnEarlierOneStopsThePass() {
        TomlCursor at = new TomlCursor("a\nb\n");
        at.skip(1);
        at.endOfLine();

        assertThatThrownBy(() -> at.problem("here")).isInstanceOf(TomlCursor.Skip.class);
        assertThatThrownBy(() -> at.lineProblem(1, "before")).isInstanceOf(TomlCursor.Stop.class);
        assertThatThrownBy(() -> at.fatal("huge")).isInstanceOf(TomlCursor.Stop.class);
        assertThat(at.issues()).containsExactly(new TomlOutline.Issue(2, "here", false),
                new TomlOutline.Issue(1, "before", false), new TomlOutline.Issue(2, "huge: too large for a level file", true));
    }

    @Test
    void refusesControlCharactersButTab() {
        TomlCursor at = new TomlCursor("");
        at.checkControl('\t', "comment");
        assertThatThrownBy(() -> at.checkControl('\u007f', "comment")).isInstanceOf(TomlCursor.Skip.class);
        assertThat(at.issues()).extracting(TomlOutline.Issue::message)
                .containsExactly("control character U+007F in a comment (not allowed in TOML)");
    }
}
