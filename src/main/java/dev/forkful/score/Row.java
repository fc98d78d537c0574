package dev.forkful.score;

/**
 * The row of DESIGN.md section 1's truth table that an explanation stands for, with a stable id
 * for {@code run --json}'s {@code explain}; {@link #STARS} is the closing word on the stars, no row.
 */
public enum Row {
    CPU("cpu"),
    WAIT("wait"),
    BLOCK("block"),
    EXCEPTION("exception"),
    SEGFAULT("segfault"),
    FREEZE("freeze"),
    FRIDGE("fridge"),
    MANY_ORDERS("many-orders"),
    STARS("stars");

    private final String id;

    Row(String id) {
        this.id = id;
    }

    /** The id that {@code run --json} writes: {@code cpu}, {@code many-orders}... */
    public String id() {
        return id;
    }
}
