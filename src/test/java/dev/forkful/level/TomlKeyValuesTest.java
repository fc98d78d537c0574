package dev.forkful.level;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TomlKeyValuesTest {
    private final Map<String, Integer> lines = new HashMap<>();

    @Test
    void recordsTheLineOfEveryKeyAndElement() {
        TomlCursor at = new TomlCursor("steps = [\n  { do = \"x\" },\n  { 'do' = \"y\", cpu = 1 },\n]\n");
        TomlKeyValues keyValues = new TomlKeyValues(at, lines);

        keyValues.keyValue("task[0]", 0);

        assertThat(at.issues()).isEmpty();
        assertThat(lines).containsEntry("task[0].steps", 1).containsEntry("task[0].steps[0].do", 2)
                .containsEntry("task[0].steps[1]", 3).containsEntry("task[0].steps[1].cpu", 3);
        assertThat(keyValues.valueLine("task[0].steps")).isEqualTo(1);
        assertThat(keyValues.valueLine("task[1]")).isNull();
    }

    @Test
    void refusesAKeySetTwice() {
        TomlCursor at = new TomlCursor("a = 1\na = 2\n");
        TomlKeyValues keyValues = new TomlKeyValues(at, lines);
        keyValues.keyValue("", 0);
        at.endOfLine();

        assertThatThrownBy(() -> keyValues.keyValue("", 0)).isInstanceOf(TomlCursor.Skip.class);
        assertThat(at.issues()).containsExactly(new TomlOutline.Issue(2, "\"a\" is set twice (first on line 1)", false));
    }

    @Test
    void anInlineTableAcrossLinesStopsThePassAtTheLineItOpens() {
        TomlCursor at = new TomlCursor("a = { b = 1,\n c = 2 }\n");
        assertThatThrownBy(() -> new TomlKeyValues(at, lines).keyValue("", 0)).isInstanceOf(TomlCursor.Stop.class);
        assertThat(at.issues()).extracting(TomlOutline.Issue::line).containsExactly(1);
    }

    @Test
    void refusesADottedKeyWithTheTableToUse() {
        TomlCursor at = new TomlCursor("kitchen.gil = true\n");
        assertThatThrownBy(() -> new TomlKeyValues(at, lines).keyValue("", 0)).isInstanceOf(TomlCursor.Skip.class);
        assertThat(at.issues()).extracting(TomlOutline.Issue::message).containsExactly("dotted keys such as"
                + " \"kitchen.gil\" are not TOML 0.4, which levels use: write \"gil = ...\" under a [kitchen] table");
    }
}
