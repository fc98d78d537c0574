package dev.forkful.bench;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * What a Python asyncio Task costs, measured by the machine's own {@code python3} where there is one:
 * the seed's coroutines are Python's, and forkful's coroutine is a small Java object on its own loop.
 * A Task is created with {@code create_task} (allocated and queued on the loop, as forkful's are); a
 * switch is an {@code await asyncio.sleep(0)} between two Tasks; its memory is the Python heap that
 * {@code tracemalloc} sees per Task parked on a future.
 *
 * @param python   the version of python3, or why nothing was measured
 * @param createNs per Task, over the trials ({@code statistics.quantiles} "inclusive" is the same
 *                 interpolation as {@link Spread#quantile})
 * @param switchNs per switch, over the trials
 */
public record Asyncio(boolean measured, String python, Spread createNs, Spread switchNs, long bytesPerTask, int tasksHeld) {
    private static final long WAIT_SECONDS = 60;
    private static final String SCRIPT = """
            import asyncio, json, statistics, sys, time, tracemalloc
            TRIALS, CREATED, YIELDS, HELD = %d, 10000, 10000, 20000
            async def parked(f):
                await f
            async def yielding(n):
                for _ in range(n):
                    await asyncio.sleep(0)
            async def create():
                f = asyncio.get_running_loop().create_future()
                start = time.perf_counter_ns()
                tasks = [asyncio.create_task(parked(f)) for _ in range(CREATED)]
                took = time.perf_counter_ns() - start
                f.set_result(None)
                await asyncio.gather(*tasks)
                return took / CREATED
            async def switch():
                start = time.perf_counter_ns()
                await asyncio.gather(yielding(YIELDS), yielding(YIELDS))
                return (time.perf_counter_ns() - start) / (2 * YIELDS)
            async def held():
                f = asyncio.get_running_loop().create_future()
                tracemalloc.start()
                before = tracemalloc.get_traced_memory()[0]
                tasks = [asyncio.create_task(parked(f)) for _ in range(HELD)]
                await asyncio.sleep(0)
                after = tracemalloc.get_traced_memory()[0]
                tracemalloc.stop()
                f.set_result(None)
                await asyncio.gather(*tasks)
                return (after - before) / HELD
            async def main():
                await create(); await switch()
                creates, switches = [], []
                for _ in range(TRIALS):
                    creates.append(await create())
                    switches.append(await switch())
                spread = lambda v: [statistics.median(v), *statistics.quantiles(v, n=4, method="inclusive")[::2], min(v), max(v)]
                print(json.dumps({"python": sys.version.split()[0], "create_ns": spread(creates),
                                  "switch_ns": spread(switches), "bytes_per_task": round(await held()), "held": HELD}))
            asyncio.run(main())
            """.formatted(Bench.TRIALS);

    static Asyncio notMeasured(String why) {
        return new Asyncio(false, why, null, null, -1, 0);
    }

    /** Runs the measurement in {@code python3}; not measured where there is none or it fails. */
    static Asyncio measure() {
        Process python;
        try {
            python = new ProcessBuilder("python3", "-c", SCRIPT).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            return notMeasured("no python3 on this machine");
        }
        try {
            python.getOutputStream().close();
            // its one line fits in the pipe: wait first, so that a python3 that hangs is given up on
            if (!python.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)) {
                return notMeasured("python3 did not finish within " + WAIT_SECONDS + " s");
            }
            if (python.exitValue() != 0) {
                return notMeasured("python3 did not measure (exit status " + python.exitValue() + ")");
            }
            String out = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return parse(JsonParser.parseString(out.strip()).getAsJsonObject());
        } catch (IOException | RuntimeException e) {
            return notMeasured("python3 did not measure: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return notMeasured("interrupted");
        } finally {
            python.destroyForcibly();
        }
    }

    static Asyncio parse(JsonObject json) {
        return new Asyncio(true, "python3 " + json.get("python").getAsString(), spread(json.getAsJsonArray("create_ns")),
                spread(json.getAsJsonArray("switch_ns")), json.get("bytes_per_task").getAsLong(), json.get("held").getAsInt());
    }

    private static Spread spread(JsonArray a) {
        return new Spread(a.get(0).getAsDouble(), a.get(1).getAsDouble(), a.get(2).getAsDouble(), a.get(3).getAsDouble(),
                a.get(4).getAsDouble());
    }
}
