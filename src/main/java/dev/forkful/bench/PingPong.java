package dev.forkful.bench;

import java.util.concurrent.locks.LockSupport;

/**
 * Two threads hand a turn back and forth with park and unpark, nothing else: each hand-off wakes
 * the other thread, the cost of switching between two units of the model that builds them.
 */
final class PingPong {
    private volatile int turn;
    private volatile Thread ping;
    private volatile Thread pong;

    private PingPong() {
    }

    /** Nanoseconds for {@code rounds} round trips (two hand-offs each) between two threads of {@code builder}. */
    static long roundTrips(Thread.Builder builder, int rounds) {
        PingPong game = new PingPong();
        long[] took = new long[1];
        game.pong = builder.unstarted(() -> {
            for (int i = 0; i < rounds; i++) {
                game.awaitTurn(1);
                game.pass(0, game.ping);
            }
        });
        game.ping = builder.unstarted(() -> {
            long start = System.nanoTime();
            for (int i = 0; i < rounds; i++) {
                game.pass(1, game.pong);
                game.awaitTurn(0);
            }
            took[0] = System.nanoTime() - start;
        });
        game.pong.start();
        game.ping.start();
        try {
            game.ping.join();
            game.pong.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while measuring a switch", e);
        }
        return took[0];
    }

    private void pass(int to, Thread other) {
        turn = to;
        LockSupport.unpark(other);
    }

    private void awaitTurn(int mine) {
        while (turn != mine) {
            LockSupport.park(this);
        }
    }
}
