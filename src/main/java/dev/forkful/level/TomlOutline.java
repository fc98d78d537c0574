package dev.forkful.level;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A single linear pass over a TOML document that TOML4J cannot give us: the line of every key, table
 * and array element (TOML4J keeps none), and the mistakes TOML4J lets through although TOML forbids
 * them (an inline table across lines, a missing or doubled comma, control characters, a key without a
 * value). It also refuses documents shaped to make TOML4J slow (deep nesting, huge arrays), so the
 * parser only ever sees small, plain input.
 *
 * <p>Paths name what a line holds: {@code format}, {@code kitchen.time_limit}, {@code task[1]},
 * {@code task[1].steps[0].cpu}.
 */
final class TomlOutline {
    private static final Pattern NUMBER = Pattern.compile(
            "[+-]?(0|[1-9](_?[0-9])*)(\\.[0-9](_?[0-9])*)?([eE][+-]?[0-9](_?[0-9])*)?");
    private static final Pattern DATE_TIME = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})");

    /** A mistake found by the pass; {@code fatal} ones mean the document must not reach TOML4J. */
    record Issue(int line, String message, boolean fatal) {}

    private final String text;
    private final Map<String, Integer> lines = new HashMap<>();
    private final Map<String, Integer> arrayTables = new HashMap<>();
    private final Map<String, Integer> tables = new HashMap<>();
    private final Map<String, Integer> values = new HashMap<>();
    private final List<Issue> issues = new ArrayList<>();
    private int pos;
    private int line = 1;
    private int keys;
    private String table = "";

    /** Thrown to abandon the pass after a mistake it cannot step over. */
    private static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stop() {
            super(null, null, false, false);
        }
    }

    private TomlOutline(String text) {
        this.text = text;
    }

    static TomlOutline scan(String text) {
        TomlOutline outline = new TomlOutline(text);
        try {
            outline.document();
        } catch (Stop stop) {
            // the issue is recorded; what follows it cannot be read reliably
        }
        return outline;
    }

    List<Issue> issues() {
        return issues;
    }

    boolean fatal() {
        return issues.stream().anyMatch(Issue::fatal);
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
        while (pos < text.length()) {
            skipBlank();
            if (atLineEnd()) {
                endOfLine();
                continue;
            }
            int statementLine = line;
            try {
                if (peek() == '[') {
                    header();
                } else {
                    keyValue(table, 0);
                }
                skipBlank();
                if (!atLineEnd()) {
                    problem("unexpected text after the value: " + snippet() + " (one key = value per line)");
                }
            } catch (Skip skip) {
                if (line != statementLine) {
                    throw new Stop();
                }
                skipRestOfLine();
            }
            endOfLine();
        }
    }

    /** Thrown to drop the rest of a top-level line after a mistake on it. */
    private static final class Skip extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Skip() {
            super(null, null, false, false);
        }
    }

    private void header() {
        boolean array = text.startsWith("[[", pos);
        int headerLine = line;
        pos += array ? 2 : 1;
        List<String> segments = new ArrayList<>();
        while (true) {
            skipSpaces();
            segments.add(key());
            skipSpaces();
            if (peek() == '.') {
                pos++;
                continue;
            }
            break;
        }
        if (!text.startsWith(array ? "]]" : "]", pos)) {
            problem("a table header must end with " + (array ? "]]" : "]") + " on the same line");
        }
        pos += array ? 2 : 1;
        if (segments.size() > 4) {
            fatal("table header nests too deep");
        }
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < segments.size(); i++) {
            if (i > 0) {
                path.append('.');
            }
            path.append(segments.get(i));
            Integer valueLine = values.get(path.toString());
            if (valueLine != null) {
                lineProblem(headerLine, "[" + String.join(".", segments) + "] reopens \"" + path
                        + "\", which line " + valueLine + " already set to a value");
            }
            boolean last = i == segments.size() - 1;
            Integer count = arrayTables.get(path.toString());
            if (last && array) {
                int n = count == null ? 0 : count;
                if (n >= LevelLimits.MAX_ARRAY_ITEMS) {
                    fatal("more than " + LevelLimits.MAX_ARRAY_ITEMS + " [[" + path + "]] tables");
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
                lineProblem(headerLine, "the table [" + String.join(".", segments) + "] is defined twice (first on line "
                        + first + ")");
            }
        }
    }

    private void keyValue(String prefix, int depth) {
        int keyLine = line;
        String first = key();
        skipSpaces();
        if (peek() == '.') {
            StringBuilder dotted = new StringBuilder(first);
            while (peek() == '.') {
                pos++;
                skipSpaces();
                dotted.append('.').append(key());
                skipSpaces();
            }
            String[] parts = dotted.toString().split("\\.");
            String tableName = String.join(".", java.util.Arrays.copyOf(parts, parts.length - 1));
            problem("dotted keys such as \"" + dotted + "\" are not TOML 0.4, which levels use: write \""
                    + parts[parts.length - 1] + " = ...\" under a [" + tableName + "] table");
        }
        if (peek() != '=') {
            problem("\"" + first + "\" must be followed by = and a value");
        }
        pos++;
        if (++keys > LevelLimits.MAX_KEYS) {
            fatal("more than " + LevelLimits.MAX_KEYS + " keys");
        }
        String path = prefix.isEmpty() ? first : prefix + "." + first;
        lines.putIfAbsent(path, keyLine);
        Integer earlier = values.putIfAbsent(path, keyLine);
        if (earlier != null) {
            problem("\"" + first + "\" is set twice (first on line " + earlier + ")");
        }
        skipSpaces();
        if (atLineEnd()) {
            problem("\"" + first + "\" has no value after =");
        }
        value(path, first, depth);
    }

    private String key() {
        char c = peek();
        if (c == '"' || c == '\'') {
            return basicOrLiteral(c, "key");
        }
        int start = pos;
        while (pos < text.length() && isBareKeyChar(text.charAt(pos))) {
            pos++;
        }
        if (start == pos) {
            if (c != '\n' && !text.startsWith("\r\n", pos)) {
                checkControl(c, "line");
            }
            problem("expected a key (letters, digits, _ or -) but found " + snippet());
        }
        return text.substring(start, pos);
    }

    private static boolean isBareKeyChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-';
    }

    private void value(String path, String key, int depth) {
        if (depth > LevelLimits.MAX_NESTING) {
            fatal("arrays and tables nest more than " + LevelLimits.MAX_NESTING + " deep");
        }
        char c = peek();
        if (text.startsWith("\"\"\"", pos) || text.startsWith("'''", pos)) {
            multiline(text.substring(pos, pos + 3));
        } else if (c == '"' || c == '\'') {
            basicOrLiteral(c, "string");
        } else if (c == '[') {
            array(path, key, depth);
        } else if (c == '{') {
            inlineTable(path, depth);
        } else {
            scalar(key);
        }
    }

    private void array(String path, String key, int depth) {
        int openLine = line;
        pos++;
        int items = 0;
        boolean needComma = false;
        while (true) {
            skipBlankAndNewlines();
            if (pos >= text.length()) {
                lineProblem(openLine, "this array is never closed with ]");
            }
            char c = peek();
            if (c == ']') {
                pos++;
                return;
            }
            if (c == ',') {
                problem(items > 0 ? "two commas in a row in an array" : "a comma with no item before it in an array");
            }
            if (needComma) {
                problem("missing comma between array items");
            }
            if (items >= LevelLimits.MAX_ARRAY_ITEMS) {
                fatal("more than " + LevelLimits.MAX_ARRAY_ITEMS + " items in one array");
            }
            String item = path + "[" + items + "]";
            lines.putIfAbsent(item, line);
            value(item, key, depth + 1);
            items++;
            skipBlankAndNewlines();
            if (peek() == ',') {
                pos++;
                needComma = false;
            } else {
                needComma = true;
            }
        }
    }

    private void inlineTable(String path, int depth) {
        int openLine = line;
        pos++;
        boolean first = true;
        boolean afterComma = false;
        while (true) {
            skipSpaces();
            if (atLineEnd()) {
                issues.add(new Issue(openLine, "an inline table { ... } must open and close on one line (TOML 0.4);"
                        + " put it on one line, or use a [table]", false));
                throw new Stop();
            }
            if (peek() == '}') {
                if (afterComma) {
                    problem("a trailing comma before } is not allowed in an inline table");
                }
                pos++;
                return;
            }
            if (!first && !afterComma) {
                problem("missing comma between the keys of an inline table");
            }
            keyValue(path, depth + 1);
            first = false;
            skipSpaces();
            afterComma = peek() == ',';
            if (afterComma) {
                pos++;
            }
        }
    }

    private void scalar(String key) {
        int start = pos;
        while (pos < text.length() && ",]}# \t\r\n".indexOf(text.charAt(pos)) < 0) {
            pos++;
        }
        String word = text.substring(start, pos);
        word.chars().forEach(c -> checkControl((char) c, "value"));
        if (NUMBER.matcher(word).matches() && word.matches("[+-]?[0-9_]+") && !fitsALong(word)) {
            problem(key + " = " + word + (word.startsWith("-")
                    ? " is too small: a whole number in a level is at least " + String.format("%,d", Long.MIN_VALUE)
                    : " is too large: a whole number in a level is at most " + String.format("%,d", Long.MAX_VALUE)));
        }
        if (word.equals("true") || word.equals("false") || NUMBER.matcher(word).matches()
                || DATE_TIME.matcher(word).matches()) {
            return;
        }
        if (!word.isEmpty() && "\u201c\u201d\u2018\u2019\u00ab\u00bb".indexOf(word.charAt(0)) >= 0) {
            problem("typographic quotes such as \u201c \u201d are not TOML quotes: use straight ones, " + key + " = \"...\"");
        }
        if (word.matches("[+-]?[0-9][0-9_.eE+-]*")) {
            problem(word + " is not a valid number (no leading zeros, no trailing dot or underscore)");
        }
        int save = pos;
        skipSpaces();
        boolean moreWords = !atLineEnd() && ",]}#".indexOf(peek()) < 0;
        pos = save;
        String written = moreWords ? word + " ..." : word;
        if (word.isEmpty()) {
            problem("\"" + key + "\" needs a value here");
        }
        problem(written + " is not a TOML value: text needs quotes, e.g. " + key + " = \""
                + (moreWords ? restOfLine(start).strip() : word) + "\"");
    }

    /** TOML integers are 64-bit; TOML4J would misreport a longer one as a bad escape. */
    private static boolean fitsALong(String integer) {
        try {
            Long.parseLong(integer.replace("_", "").replace("+", ""));
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private String restOfLine(int from) {
        int end = from;
        while (end < text.length() && "#,]}\r\n".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        return text.substring(from, end);
    }

    /** A one-line string: basic ("...", with escapes) or literal ('...'). Returns its content. */
    private String basicOrLiteral(char quote, String what) {
        int openLine = line;
        pos++;
        StringBuilder content = new StringBuilder();
        while (true) {
            if (pos >= text.length() || text.charAt(pos) == '\n' || text.charAt(pos) == '\r') {
                lineProblem(openLine, "this " + what + " is not closed with " + quote + " on the same line");
            }
            char c = text.charAt(pos);
            if (c == quote) {
                pos++;
                return content.toString();
            }
            checkControl(c, what);
            if (c == '\\' && quote == '"') {
                content.appendCodePoint(escape());
                continue;
            }
            content.append(c);
            pos++;
        }
    }

    private void multiline(String delimiter) {
        int openLine = line;
        pos += 3;
        while (true) {
            if (pos >= text.length()) {
                lineProblem(openLine, "this multi-line string is never closed with " + delimiter);
            }
            if (text.startsWith(delimiter, pos)) {
                pos += 3;
                // up to two more quotes may belong to the content
                for (int i = 0; i < 2 && pos < text.length() && text.charAt(pos) == delimiter.charAt(0); i++) {
                    pos++;
                }
                return;
            }
            char c = text.charAt(pos);
            if (c == '\n') {
                pos++;
                line++;
            } else if (c == '\r' && text.startsWith("\r\n", pos)) {
                pos += 2;
                line++;
            } else if (c == '\\' && delimiter.charAt(0) == '"') {
                multilineEscape();
            } else {
                checkControl(c, "string");
                pos++;
            }
        }
    }

    private void multilineEscape() {
        int save = pos;
        pos++;
        while (pos < text.length() && (peek() == ' ' || peek() == '\t')) {
            pos++;
        }
        if (pos < text.length() && (peek() == '\n' || peek() == '\r')) {
            return; // a line-ending backslash: the loop counts the newline
        }
        pos = save;
        escape();
    }

    /** Reads one escape after a backslash and returns the character it stands for. */
    private int escape() {
        pos++;
        char e = peek();
        switch (e) {
            case 'b', 't', 'n', 'f', 'r', '"', '\\' -> {
                pos++;
                return "btnfr\"\\".indexOf(e) < 5 ? "\b\t\n\f\r".charAt("btnfr".indexOf(e)) : e;
            }
            case 'u', 'U' -> {
                int digits = e == 'u' ? 4 : 8;
                pos++;
                String hex = text.substring(pos, Math.min(text.length(), pos + digits));
                if (hex.length() < digits || !hex.chars().allMatch(h -> Character.digit(h, 16) >= 0)) {
                    problem("\\" + e + " must be followed by " + digits + " hex digits");
                }
                long cp = Long.parseLong(hex, 16);
                if (cp > Character.MAX_CODE_POINT || (cp >= 0xD800 && cp <= 0xDFFF)) {
                    problem("\\" + e + hex + " is not a Unicode character");
                }
                pos += digits;
                return (int) cp;
            }
            default -> throw problem("\\" + (e == 0 ? "" : String.valueOf(e))
                    + " is not an escape TOML knows (use \\\\ for a backslash)");
        }
    }

    private void checkControl(char c, String where) {
        if ((c < 0x20 && c != '\t') || c == 0x7f) {
            problem(String.format("control character U+%04X in a %s (not allowed in TOML)", (int) c, where));
        }
    }

    private void skipSpaces() {
        while (pos < text.length() && (peek() == ' ' || peek() == '\t')) {
            pos++;
        }
    }

    /** Spaces and a comment, up to the end of the line. */
    private void skipBlank() {
        skipSpaces();
        if (pos < text.length() && peek() == '#') {
            while (pos < text.length() && peek() != '\n' && !text.startsWith("\r\n", pos)) {
                checkControl(peek(), "comment");
                pos++;
            }
        }
    }

    private void skipBlankAndNewlines() {
        while (true) {
            skipBlank();
            if (pos < text.length() && atLineEnd()) {
                endOfLine();
            } else {
                return;
            }
        }
    }

    private boolean atLineEnd() {
        return pos >= text.length() || peek() == '\n' || peek() == '#' || text.startsWith("\r\n", pos);
    }

    private void endOfLine() {
        skipBlank();
        if (pos >= text.length()) {
            return;
        }
        if (text.startsWith("\r\n", pos)) {
            pos += 2;
        } else if (peek() == '\n') {
            pos++;
        } else {
            checkControl(peek(), "line");
            problem("unexpected " + snippet());
        }
        line++;
    }

    private void skipRestOfLine() {
        while (pos < text.length() && peek() != '\n') {
            pos++;
        }
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : 0;
    }

    private String snippet() {
        if (pos >= text.length()) {
            return "the end of the file";
        }
        if (peek() == '\n' || peek() == '\r') {
            return "the end of the line";
        }
        String rest = restOfLine(pos);
        if (rest.isEmpty()) {
            rest = text.substring(pos, pos + 1);
        }
        return "\"" + (rest.length() > 30 ? rest.substring(0, 30) + "..." : rest).strip() + "\"";
    }

    private RuntimeException problem(String message) {
        return lineProblem(line, message);
    }

    /** Records the issue and abandons the line (or the whole pass, when the issue is on an earlier line). */
    private RuntimeException lineProblem(int at, String message) {
        issues.add(new Issue(at, message, false));
        throw at == line ? new Skip() : new Stop();
    }

    private void fatal(String message) {
        issues.add(new Issue(line, message + ": too large for a level file", true));
        throw new Stop();
    }
}
