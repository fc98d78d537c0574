package dev.forkful.level;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TomlOutlineTest {
    @Test
    void findsTheLineOfEveryKeyTableAndElement() {
        TomlOutline outline = TomlOutline.scan("""
                format = 1
                brief = \"\"\"
                [not a table]
                \"\"\"
                [kitchen]
                time_limit = "30s" # [comment]
                [[task]]
                id = "a"
                [[task]]
                id = "b"
                steps = [
                  { do = "x", cpu = "1ms" },   # {
                  { "do" = 'y', wait = "2ms" },
                ]
                [stars]
                three = { served = 1.0 }
                """);

        assertThat(outline.issues()).isEmpty();
        assertThat(outline.lineOf("format")).isEqualTo(1);
        assertThat(outline.lineOf("kitchen")).isEqualTo(5);
        assertThat(outline.lineOf("kitchen.time_limit")).isEqualTo(6);
        assertThat(outline.lineOf("task[0].id")).isEqualTo(8);
        assertThat(outline.lineOf("task[1]")).isEqualTo(9);
        assertThat(outline.lineOf("task[1].steps[1].do")).isEqualTo(13);
        assertThat(outline.lineOf("stars.three.served")).isEqualTo(16);
        // a key the file does not write points at its nearest enclosing one
        assertThat(outline.lineOf("task[1].orders")).isEqualTo(9);
        assertThat(outline.lineOf("nothing")).isEqualTo(1);
    }

    @Test
    void catchesWhatTomlForbidsButToml4jAccepts() {
        assertThat(TomlOutline.scan("a = [1,,2]\n").issues()).singleElement()
                .extracting(TomlOutline.Issue::message).isEqualTo("two commas in a row in an array");
        assertThat(TomlOutline.scan("a = [true false]\n").issues()).singleElement()
                .extracting(TomlOutline.Issue::message).isEqualTo("missing comma between array items");
        assertThat(TomlOutline.scan("a = { b = 1, }\n").issues()).singleElement()
                .extracting(TomlOutline.Issue::message)
                .isEqualTo("a trailing comma before } is not allowed in an inline table");
        assertThat(TomlOutline.scan("x = 1\na = \n").issues()).singleElement()
                .isEqualTo(new TomlOutline.Issue(2, "\"a\" has no value after =", false));
        assertThat(TomlOutline.scan("a = \"\\q\"\n").issues()).singleElement()
                .extracting(TomlOutline.Issue::message).isEqualTo("\\q is not an escape TOML knows (use \\\\ for a backslash)");
    }

    @Test
    void refusesNestingDeeperThanALevelNeeds() {
        TomlOutline outline = TomlOutline.scan("a = " + "[".repeat(20) + "]".repeat(20));
        assertThat(outline.fatal()).isTrue();
    }
}
