package dev.forkful.flow;

/** A key the player pressed, independent of the terminal library that read it. */
public record Key(Kind kind, char ch) {

    /** The keys the game uses. */
    public enum Kind { CHAR, ENTER, TAB, ESCAPE, UP, DOWN, LEFT, RIGHT, PAGE_UP, PAGE_DOWN, CTRL_C }

    public static Key of(Kind kind) {
        return new Key(kind, '\0');
    }

    public static Key ch(char c) {
        return new Key(Kind.CHAR, c);
    }

    boolean is(char c) {
        return kind == Kind.CHAR && Character.toLowerCase(ch) == c;
    }

    /** q and Esc both mean "back". */
    boolean isBack() {
        return kind == Kind.ESCAPE || is('q');
    }
}
