package dev.forkful.cli;

import dev.forkful.view.Style;
import dev.forkful.view.Theme;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Options shared by the root command and {@code play}: how the full screen draws (the theme is {@code play}'s alone). */
public final class PlayOptions {
    @Option(names = "--ascii", description = "Draw with plain ASCII, for terminals without box drawing"
            + " (the default where the locale is not UTF-8, e.g. LC_ALL=POSIX).")
    boolean ascii;

    @Option(names = "--no-color", description = "No colours: the plain theme (the NO_COLOR variable does the same).")
    boolean noColor;

    /** {@code play --theme NAME}; only on {@code play}: an option with a value on the root command breaks bash completion. */
    String theme;

    /** ASCII when asked, or when the locale's charset is not UTF-8: such a terminal shows box drawing as noise. */
    public boolean ascii() {
        return ascii || !utf8(System.getProperty("native.encoding"));
    }

    /**
     * Whether the locale's charset (the JVM's {@code native.encoding}, from LC_ALL, LC_CTYPE or LANG)
     * is UTF-8; an unknown or missing name counts as not.
     */
    static boolean utf8(String encoding) {
        try {
            return encoding != null && Charset.forName(encoding).equals(StandardCharsets.UTF_8);
        } catch (IllegalArgumentException unknown) {
            return false;
        }
    }


    /**
     * How the full screen draws, or empty when {@code --theme} names no theme. A theme named on the
     * command line wins over {@code NO_COLOR} (as no-color.org asks), {@code --no-color} over both.
     */
    public Optional<Style> style() {
        return style(System.getenv("NO_COLOR"));
    }

    /** {@link #style} with {@code noColorVariable} as the value of {@code NO_COLOR} (null when unset). */
    Optional<Style> style(String noColorVariable) {
        if (noColor || theme == null) {
            boolean plain = noColor || noColorVariable != null && !noColorVariable.isEmpty();
            return Optional.of(new Style(ascii(), !plain));
        }
        return Theme.named(theme).map(t -> new Style(ascii(), t, true));
    }

    /** Why {@link #style} is empty. */
    String unknownTheme() {
        return Theme.unknown(theme);
    }
}
