/**
 * {@code forkful bench}: measures what a unit of each model really costs on this machine.
 * {@link dev.forkful.bench.Bench} times creation and switching in trials that take turns
 * ({@code Trials}), each figure a {@link dev.forkful.bench.Spread} (median, fastest and slowest
 * trial): threads and virtual threads by start and join and a park/unpark {@code PingPong};
 * coroutines on the coroutine kitchen's own event loop ({@code LoopCosts}); processes as real
 * kitchen children ({@code WorkerChild}: start until a ping is answered, idle memory, the
 * protocol's round trip) and a one-byte pipe echo for the switch, beside the same pipe ping-pong
 * between two threads ({@code PipePingPong}). Beside the models: an OS process with no JVM
 * ({@code OsProcess}: posix_spawn and ProcessBuilder of /bin/true, an idle /bin/sleep) and a
 * Python asyncio Task ({@link dev.forkful.bench.Asyncio}, where python3 is there). Memory is read
 * as {@link dev.forkful.bench.Rollup}s (USS, PSS, RSS) or kept heap in fresh children of this
 * program, each a {@link dev.forkful.bench.Probe} holding idle units ({@code bench --probe MODEL N},
 * hidden), started like kitchen children by the engine's {@code ChildLauncher}.
 * {@link dev.forkful.bench.BenchReport} holds the {@link dev.forkful.bench.ModelCost}s;
 * {@link dev.forkful.bench.BenchText} and {@link dev.forkful.bench.BenchJson} print them beside the
 * seed's claims ({@code SeedClaims}: a verdict only where the trials do not overlap).
 */
package dev.forkful.bench;
