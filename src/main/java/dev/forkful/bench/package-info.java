/**
 * {@code forkful bench}: measures what a unit of each model really costs on this machine.
 * {@link dev.forkful.bench.Bench} times creation and switching here (medians of trials: threads
 * and virtual threads by start and join and a park/unpark {@code PingPong}, coroutines on the
 * coroutine kitchen's own event loop by {@code LoopCosts}, processes by starting children and a
 * pipe round trip) and reads memory in fresh children of this program, started like kitchen
 * children by the engine's {@code ChildLauncher}, each a {@link dev.forkful.bench.Probe} holding
 * idle units ({@code bench --probe MODEL N}, hidden).
 * {@link dev.forkful.bench.BenchReport} holds the {@link dev.forkful.bench.ModelCost}s;
 * {@link dev.forkful.bench.BenchText} and {@link dev.forkful.bench.BenchJson} print them beside
 * the seed's claims ({@code SeedClaims}).
 */
package dev.forkful.bench;
