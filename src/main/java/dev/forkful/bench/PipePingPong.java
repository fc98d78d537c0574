package dev.forkful.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Pipe;

/**
 * Two platform threads of one process hand one byte back and forth through two OS pipes: the same
 * hand-off as the ping-pong between two processes (lmbench's {@code lat_ctx} way), so that the two
 * differ only in whether the kernel switches address spaces.
 */
final class PipePingPong {
    private PipePingPong() {
    }

    /** Nanoseconds for {@code rounds} one-byte round trips (two switches each) between two threads. */
    static long roundTrips(int rounds) {
        try {
            Pipe there = Pipe.open();
            Pipe back = Pipe.open();
            try (Pipe.SinkChannel a = there.sink(); Pipe.SourceChannel b = there.source();
                 Pipe.SinkChannel c = back.sink(); Pipe.SourceChannel d = back.source()) {
                Thread echo = Thread.ofPlatform().name("forkful-bench-echo").start(() -> echo(there, back, rounds));
                ByteBuffer one = ByteBuffer.allocate(1);
                long start = System.nanoTime();
                for (int i = 0; i < rounds; i++) {
                    there.sink().write(one.clear().put((byte) i).flip());
                    back.source().read(one.clear());
                }
                long took = System.nanoTime() - start;
                echo.join();
                return took;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while measuring a pipe switch", e);
        }
    }

    private static void echo(Pipe there, Pipe back, int rounds) {
        ByteBuffer one = ByteBuffer.allocate(1);
        try {
            for (int i = 0; i < rounds; i++) {
                there.source().read(one.clear());
                back.sink().write(one.flip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
