package dev.forkful.level;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TomlStringsTest {
    @Test
    void aBasicStringReadsItsEscapesAndALiteralOneDoesNot() {
        TomlCursor at = new TomlCursor("\"a\\tb\\u00e9\\\"\" 'c\\d'");
        TomlStrings strings = new TomlStrings(at);

        assertThat(strings.basicOrLiteral('"', "string")).isEqualTo("a\tb\u00e9\"");
        at.skipSpaces();
        assertThat(strings.basicOrLiteral('\'', "string")).isEqualTo("c\\d");
        assertThat(at.atEnd()).isTrue();
    }

    @Test
    void aMultiLineStringCountsItsLinesAndKeepsUpToTwoMoreQuotes() {
        TomlCursor at = new TomlCursor("\"\"\"one [\r\ntwo \\\n  three\"\"\"\"\"\nx");
        new TomlStrings(at).multiline("\"\"\"");

        assertThat(at.line()).isEqualTo(3);
        assertThat(at.peek()).isEqualTo('\n');
    }

    @Test
    void anUnclosedStringIsNamedAtTheLineItOpens() {
        TomlCursor at = new TomlCursor("'''open\nstill open");
        assertThatThrownBy(() -> new TomlStrings(at).multiline("'''")).isInstanceOf(TomlCursor.Stop.class);
        assertThat(at.issues()).containsExactly(new TomlOutline.Issue(1, "this multi-line string is never closed with '''", false));
    }

    @Test
    void refusesAnEscapeThatIsNoCharacter() {
        TomlCursor at = new TomlCursor("\"\\uD800\"");
        assertThatThrownBy(() -> new TomlStrings(at).basicOrLiteral('"', "string")).isInstanceOf(TomlCursor.Skip.class);
        assertThat(at.issues()).extracting(TomlOutline.Issue::message).containsExactly("\\uD800 is not a Unicode character");
    }
}
