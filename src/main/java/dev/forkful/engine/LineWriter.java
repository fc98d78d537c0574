package dev.forkful.engine;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * One thread owns a pipe's writing end: callers only enqueue, so a slow reader on the other side
 * never holds a chef (in a child) or the supervisor (in the game). It flushes when the queue runs
 * dry, which batches lines under load and sends a lone line at once.
 */
public final class LineWriter {
    private static final String CLOSE = new String("close");
    private final LinkedBlockingQueue<String> queue = new LinkedBlockingQueue<>();
    private final Writer out;
    private final Thread thread;

    /** Starts the writer thread. */
    public LineWriter(Writer out, String threadName) {
        this.out = out;
        this.thread = new Thread(this::drain, threadName);
        thread.setDaemon(true);
        thread.start();
    }

    public void send(String line) {
        queue.add(line);
    }

    /** Sends what is queued, then closes the pipe; returns at once. */
    public void end() {
        queue.add(CLOSE);
    }

    /** {@link #end()}, and waits (up to a second) until the pipe is closed. */
    public void close() {
        end();
        try {
            thread.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void drain() {
        try (out) {
            while (true) {
                String line = queue.take();
                do {
                    if (line == CLOSE) {
                        return;
                    }
                    out.write(line);
                    out.write('\n');
                } while ((line = queue.poll()) != null);
                out.flush();
            }
        } catch (IOException | InterruptedException e) {
            // the other side is gone or we are told to stop: nobody is listening any more
        }
    }
}
