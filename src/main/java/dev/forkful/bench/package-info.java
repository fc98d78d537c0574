/**
 * {@code forkful bench}: measures what a unit of each model really costs on this machine.
 * {@link dev.forkful.bench.Bench} times creation and switching (medians of trials): threads and
 * virtual threads by start and join and a park/unpark {@code PingPong}; coroutines on the
 * coroutine kitchen's own event loop ({@code LoopCosts}); processes as real kitchen children
 * ({@code WorkerChild}: start until a ping is answered, idle resident set, the protocol's round
 * trip) and a one-byte echo for the switch. Memory of threads, virtual threads and coroutines is
 * read in fresh children of this program, each a {@link dev.forkful.bench.Probe} holding idle
 * units ({@code bench --probe MODEL N}, hidden), started like kitchen children by the engine's
 * {@code ChildLauncher}. {@link dev.forkful.bench.BenchReport} holds the
 * {@link dev.forkful.bench.ModelCost}s; {@link dev.forkful.bench.BenchText} and
 * {@link dev.forkful.bench.BenchJson} print them beside the seed's claims ({@code SeedClaims}).
 */
package dev.forkful.bench;
