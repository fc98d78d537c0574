package dev.forkful.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** What the writer thread makes of a burst: packed event lines, in order, each chef's last step. */
@Timeout(10)
class LineWriterTest {
    /** Holds the writer thread in its first write, so that everything after it comes as one burst. */
    private static final class HeldWriter extends Writer {
        final StringWriter text = new StringWriter();
        final CountDownLatch writing = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        @Override
        public void write(char[] buf, int off, int len) throws IOException {
            writing.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                throw new IOException(e);
            }
            text.write(buf, off, len);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    private final HeldWriter held = new HeldWriter();
    private final LineWriter writer = new LineWriter(held, "test-writer");

    private List<String> burst(Runnable appends) throws InterruptedException {
        writer.send("{\"t\":\"first\"}");
        held.writing.await();
        appends.run();
        held.release.countDown();
        writer.close();
        return held.text.toString().lines().toList();
    }

    @Test
    void packsARunOfStepsKeepingEachChefsLast() throws Exception {
        List<String> lines = burst(() -> {
            writer.step(1, 0, 0);
            writer.step(2, 1, 0);
            writer.step(1, 0, 1);
            writer.step(3, 2, 0);
            writer.step(2, 1, 1);
        });
        assertThat(lines).containsExactly("{\"t\":\"first\"}", "{\"t\":\"steps\",\"e\":[1,0,1,3,2,0,2,1,1]}");
    }

    @Test
    void keepsEveryDishAndTheOrderOfLines() throws Exception {
        List<String> lines = burst(() -> {
            writer.served(5, 0, new long[] {100, 0, 10, 0});
            writer.served(6, 1, new long[] {101, 2, 10, 3});
            writer.send("{\"t\":\"beat\"}");
            writer.step(7, 0, 0);
            writer.served(7, 0, new long[] {120, 0, 10, 0});
            writer.send("{\"t\":\"done\"}");
        });
        assertThat(lines).containsExactly("{\"t\":\"first\"}", "{\"t\":\"served\",\"e\":[5,0,100,0,10,0,1,1,1,2,0,3]}",
                "{\"t\":\"beat\"}", "{\"t\":\"steps\",\"e\":[7,0,0]}", "{\"t\":\"served\",\"e\":[7,0,120,0,10,0]}",
                "{\"t\":\"done\"}");
    }

    @Test
    void aLongBurstIsCutIntoLinesThatReadBackWhole() throws Exception {
        int dishes = 2 * LineWriter.EVENTS_PER_LINE + 10;
        List<String> lines = burst(() -> {
            for (int i = 0; i < dishes; i++) {
                writer.served(i, i % 3, new long[] {i, 1, 2, 3, 4, 5, 6});
            }
        });
        assertThat(lines).hasSize(1 + 3);
        int stride = Wire.servedStride(2);
        long[] all = lines.stream().skip(1).flatMapToLong(l -> {
            try {
                return Arrays.stream(Wire.readEvents(l, stride).values());
            } catch (Wire.ProtocolException e) {
                throw new AssertionError(e);
            }
        }).toArray();
        assertThat(all).hasSize(stride * dishes);
        for (int i = 0; i < dishes; i++) {
            assertThat(all[stride * i]).isEqualTo(i);
            assertThat(all[stride * i + 1]).isEqualTo(i % 3);
            assertThat(all[stride * i + 2]).isEqualTo(i);
            assertThat(all[stride * i + 8]).isEqualTo(6);
        }
    }

    @Test
    void aLineSentNowGoesOutOnTheCallersThreadWhenTheWriterIsIdle() throws Exception {
        List<String> threads = new java.util.concurrent.CopyOnWriteArrayList<>();
        StringWriter text = new StringWriter();
        LineWriter idle = new LineWriter(new Writer() {
            @Override
            public void write(char[] buf, int off, int len) {
                threads.add(Thread.currentThread().getName());
                text.write(buf, off, len);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        }, "idle-writer");
        while (!idle.idle()) {
            Thread.onSpinWait();
        }
        idle.sendNow("{\"t\":\"hello\"}");
        assertThat(text.toString()).as("written before sendNow returned").isEqualTo("{\"t\":\"hello\"}\n");
        assertThat(threads).containsExactly(Thread.currentThread().getName());
        idle.send("{\"t\":\"later\"}");
        idle.close();
        assertThat(text.toString().lines()).containsExactly("{\"t\":\"hello\"}", "{\"t\":\"later\"}");
        assertThat(threads).last().isEqualTo("idle-writer");
    }

    @Test
    void aLineSentNowWhileTheWriterIsBusyQueuesBehindWhatItHolds() throws Exception {
        List<String> lines = burst(() -> writer.sendNow("{\"t\":\"second\"}"));
        assertThat(lines).containsExactly("{\"t\":\"first\"}", "{\"t\":\"second\"}");
    }

    @Test
    void nothingIsSentAfterTheEnd() throws Exception {
        List<String> lines = burst(() -> {
            writer.served(1, 0, new long[] {0, 0, 5, 0});
            writer.end();
            writer.served(2, 0, new long[] {0, 0, 5, 0});
            writer.send("{\"t\":\"late\"}");
        });
        assertThat(lines).containsExactly("{\"t\":\"first\"}", "{\"t\":\"served\",\"e\":[1,0,0,0,5,0]}");
    }

    @Test
    void aBurstLongerThanAChunkKeepsEveryDishAndLineInOrder() throws Exception {
        int dishes = 20_000; // five values each queued: several chunks
        List<String> lines = burst(() -> {
            for (int i = 0; i < dishes; i++) {
                writer.served(i, 0, new long[] {-i, 100_000_000_000_000L - i, 0, 7});
                if (i % 5_000 == 4_999) {
                    writer.send("{\"t\":\"beat\",\"n\":" + i + "}");
                }
            }
        });
        int stride = Wire.servedStride(1);
        List<Long> orders = new java.util.ArrayList<>();
        List<String> beats = new java.util.ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            Wire.Events events = Wire.readEvents(line, stride);
            if (events == null) {
                beats.add(line);
                assertThat(line).isEqualTo("{\"t\":\"beat\",\"n\":" + (orders.size() - 1) + "}");
                continue;
            }
            long[] v = events.values();
            for (int k = 0; k < v.length; k += stride) {
                long i = v[k];
                assertThat(v[k + 2]).isEqualTo(-i);
                assertThat(v[k + 3]).isEqualTo(100_000_000_000_000L - i);
                assertThat(v[k + 5]).isEqualTo(7);
                orders.add(i);
            }
        }
        assertThat(beats).hasSize(4);
        assertThat(orders).hasSize(dishes).isSorted().doesNotHaveDuplicates();
    }
}
