package dev.forkful.code;

import java.util.Locale;

/** The languages {@code forkful code} writes, with what runs their program. */
public enum Lang {
    PYTHON("# ", "python3 program.py (standard library only)"),
    JAVA("// ", "java Program.java (JDK 25, nothing else)");

    private final String comment;
    private final String howToRun;

    Lang(String comment, String howToRun) {
        this.comment = comment;
        this.howToRun = howToRun;
    }

    /** The name on the command line: {@code python}, {@code java}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    String comment() {
        return comment;
    }

    String howToRun() {
        return howToRun;
    }
}
