package dev.forkful.protocol;

/**
 * One ingredient of a kitchen's fridge at the end, as the child reports it for the race audit.
 *
 * @param start stock at the start
 * @param taken what chefs took in total (counted atomically, apart from the stock)
 * @param left  stock now: with lost updates, more than {@code start - taken}
 */
public record FridgeAudit(long start, long taken, long left) {
    public long lostUpdates() {
        return Math.max(0, left - (start - taken));
    }
}
