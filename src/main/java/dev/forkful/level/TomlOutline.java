package dev.forkful.level;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A single linear pass over a TOML document that TOML4J cannot give us: the line of every key, table
 * and array element (TOML4J keeps none), and the mistakes TOML4J lets through although TOML forbids
 * them (an inline table across lines, a missing or doubled comma, control characters, a key without a
 * value). It also refuses documents shaped to make TOML4J slow (deep nesting, huge arrays), so the
 * parser only ever sees small, plain input.
 *
 * <p>This class reads the lines and the table headers; {@link TomlKeyValues} reads {@code key = value},
 * {@link TomlStrings} and {@link TomlBareValues} the values, over one {@link TomlCursor}.
 *
 * <p>Paths name what a line holds: {@code format}, {@code kitchen.time_limit}, {@code task[1]},
 * {@code task[1].steps[0].cpu}.
 */
final class TomlOutline {
    /** A mistake found by the pass; {@code fatal} ones mean the document must not reach TOML4J. */
    record Issue(int line, String message, boolean fatal) {}

    private final TomlCursor at;
    private final Map<String, Integer> lines = new HashMap<>();
    private final Map<String, Integer> arrayTables = new HashMap<>();
    private final Map<String, Integer> tables = new HashMap<>();
    private final TomlKeyValues keyValues;
    private String table = "";

    private TomlOutline(String text) {
        this.at = new TomlCursor(text);
        this.keyValues = new TomlKeyValues(at, lines);
    }

    static TomlOutline scan(String text) {
        TomlOutline outline = new TomlOutline(text);
        try {
            outline.document();
        } catch (TomlCursor.Stop stop) {
            // the issue is recorded; what follows it cannot be read reliably
        }
        return outline;
    }

    List<Issue> issues() {
        return at.issues();
    }

    boolean fatal() {
        return issues().stream().anyMatch(Issue::fatal);
    }

    /** The line of the key or element at {@code path}, else of its nearest enclosing one, else 1. */
    int lineOf(String path) {
        String p = path;
        while (!p.isEmpty()) {
            Integer l = lines.get(p);
            if (l != null) {
                return l;
            }
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            p = cut < 0 ? "" : p.substring(0, cut);
        }
        return 1;
    }

    private void document() {
        while (!at.atEnd()) {
            int statementLine = at.line();
            try {
                statement();
            } catch (TomlCursor.Skip skip) {
                if (at.line() != statementLine) {
                    throw new TomlCursor.Stop();
                }
                at.skipRestOfLine();
                at.endOfLine();
            }
        }
    }

    /** One line: blank, a comment (a bad one too is a mistake on its line), a header or a key = value. */
    private void statement() {
        at.skipBlank();
        if (!at.atLineEnd()) {
            if (at.peek() == '[') {
                header();
            } else {
                keyValues.keyValue(table, 0);
            }
            at.skipBlank();
            if (!at.atLineEnd()) {
                at.problem("unexpected text after the value: " + at.snippet() + " (one key = value per line)");
            }
        }
        at.endOfLine();
    }

    private void header() {
        boolean array = at.startsWith("[[");
        int headerLine = at.line();
        at.skip(array ? 2 : 1);
        List<String> segments = new ArrayList<>();
        while (true) {
            at.skipSpaces();
            segments.add(keyValues.key());
            at.skipSpaces();
            if (at.peek() == '.') {
                at.skip(1);
                continue;
            }
            break;
        }
        if (!at.startsWith(array ? "]]" : "]")) {
            at.problem("a table header must end with " + (array ? "]]" : "]") + " on the same line");
        }
        at.skip(array ? 2 : 1);
        if (segments.size() > 4) {
            at.fatal("table header nests too deep");
        }
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < segments.size(); i++) {
            if (i > 0) {
                path.append('.');
            }
            path.append(segments.get(i));
            Integer valueLine = keyValues.valueLine(path.toString());
            if (valueLine != null) {
                at.lineProblem(headerLine, "[" + String.join(".", segments) + "] reopens \"" + path
                        + "\", which line " + valueLine + " already set to a value");
            }
            boolean last = i == segments.size() - 1;
            Integer count = arrayTables.get(path.toString());
            if (last && array) {
                int n = count == null ? 0 : count;
                if (n >= LevelLimits.MAX_ARRAY_ITEMS) {
                    at.fatal("more than " + LevelLimits.MAX_ARRAY_ITEMS + " [[" + path + "]] tables");
                }
                arrayTables.put(path.toString(), n + 1);
                path.append('[').append(n).append(']');
            } else if (count != null) {
                path.append('[').append(count - 1).append(']');
            }
        }
        table = path.toString();
        lines.putIfAbsent(table, headerLine);
        if (!array) {
            Integer first = tables.putIfAbsent(table, headerLine);
            if (first != null) {
                at.lineProblem(headerLine, "the table [" + String.join(".", segments) + "] is defined twice (first on line "
                        + first + ")");
            }
        }
    }
}
