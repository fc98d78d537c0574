package dev.forkful.view;

import dev.forkful.timeline.Activity;
import dev.forkful.timeline.Mark;

/**
 * What one cell of the timeline shows, as a glyph (box drawing or ASCII), a tone and the legend's words:
 * each glyph differs in shape, so colour is never the only signal. {@link #LOOP} is drawn as the last digit
 * of the order a coroutine loop ran.
 */
enum TimeGlyph {
    COOKING("█", "#", Tone.GOOD, "cooking"),
    GIL("▒", "%", Tone.BAD, "cooking, mostly waiting for the GIL"),
    LOOP("0", "0", Tone.GOOD, "0-9 the loop runs an order (its id's last digit); blank: every order awaits"),
    WAITING("·", ".", Tone.DIM, "waiting"),
    BLOCKED("▄", "_", Tone.PLAIN, "blocked"),
    FRIDGE("◆", "f", Tone.KEY, "at the fridge"),
    LOCK_WAIT("≈", "=", Tone.BAD, "waiting for a lock"),
    FROZEN("≋", "~", Tone.ICE, "frozen"),
    CRASH("✹", "X", Tone.FIRE, "crash"),
    FREEZE("❄", "F", Tone.ICE, "freeze"),
    STALL("‖", "S", Tone.ICE, "stall"),
    LOST("✗", "x", Tone.BAD, "order lost"),
    RACE("⚠", "!", Tone.BAD, "lost updates");

    private final String unicode;
    private final String ascii;
    final Tone tone;
    final String words;

    TimeGlyph(String unicode, String ascii, Tone tone, String words) {
        this.unicode = unicode;
        this.ascii = ascii;
        this.tone = tone;
        this.words = words;
    }

    String glyph(Style style) {
        return style.ascii() ? ascii : unicode;
    }

    static TimeGlyph of(Activity activity) {
        return switch (activity) {
            case COOKING -> COOKING;
            case WAITING -> WAITING;
            case BLOCKED -> BLOCKED;
            case FRIDGE -> FRIDGE;
            case LOCK_WAIT -> LOCK_WAIT;
            case FROZEN -> FROZEN;
        };
    }

    static TimeGlyph of(Mark.Kind kind) {
        return switch (kind) {
            case CRASH -> CRASH;
            case FREEZE -> FREEZE;
            case STALL -> STALL;
            case LOST -> LOST;
            case RACE -> RACE;
        };
    }
}
