package dev.forkful.code;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text kept as a resource beside this class, with {@code {{name}}} holes (whole programs) or
 * {@code {name}} holes (one-line snippets) that {@link #fill} fills. A hole left empty or a value
 * without a hole is a bug in the generator, so it fails loudly rather than print a broken program.
 */
final class Template {
    private static final Pattern PROGRAM_HOLE = Pattern.compile("\\{\\{([a-z_]+)}}");
    private static final Pattern SNIPPET_HOLE = Pattern.compile("\\{([a-z_]+)}");

    private final String text;
    private final Pattern holes;

    private Template(String text, Pattern holes) {
        this.text = text;
        this.holes = holes;
    }

    /** A whole file, such as {@code python/program.py}. */
    static Template program(String resource) {
        return new Template(read(resource), PROGRAM_HOLE);
    }

    /** A one-line snippet such as {@code sync.cpu} from a properties resource. */
    static Template snippet(Properties snippets, String key) {
        String text = snippets.getProperty(key);
        if (text == null) {
            throw new IllegalStateException("no snippet " + key);
        }
        return new Template(text, SNIPPET_HOLE);
    }

    static Properties properties(String resource) {
        Properties p = new Properties();
        try (InputStream in = open(resource)) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    String fill(Map<String, String> values) {
        Matcher m = holes.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException("template hole " + m.group() + " has no value");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String read(String resource) {
        try (InputStream in = open(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String resource) throws IOException {
        InputStream in = Template.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("missing resource dev/forkful/code/" + resource);
        }
        return in;
    }
}
