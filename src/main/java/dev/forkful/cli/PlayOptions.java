package dev.forkful.cli;

import picocli.CommandLine.Option;

/** Options shared by the root command and {@code play}: how the full screen draws. */
public final class PlayOptions {
    @Option(names = "--ascii", description = "Draw with plain ASCII, for terminals without box drawing.")
    boolean ascii;

    @Option(names = "--no-color", description = "No colours (the NO_COLOR variable does the same).")
    boolean noColor;

    public boolean ascii() {
        return ascii;
    }

    public boolean noColor() {
        return noColor || System.getenv("NO_COLOR") != null && !System.getenv("NO_COLOR").isEmpty();
    }
}
