/**
 * The supervisor side: {@link dev.forkful.engine.Engine#start} plays a level with every kitchen
 * in a child OS process and emits one ordered stream of {@link dev.forkful.engine.EngineEvent}s
 * on the supervisor's thread, which the score and the UI both read.
 *
 * <p>Key types: {@link dev.forkful.engine.Engine} and {@link dev.forkful.engine.RunningLevel} (the
 * way in), {@link dev.forkful.engine.PlanParser} ({@code T=M[:N][:nolock]}, each entry read by
 * {@code PlanEntry} before a level is known, with
 * {@link dev.forkful.engine.Plan} and {@link dev.forkful.engine.Assignment}),
 * {@code Supervisor} (the run's loop: it reads what the children say and calls the parts below
 * each tick; it speaks to the children in the {@link dev.forkful.protocol} package's messages and
 * knows nothing of the child's classes, nor of the score, which whoever starts a run attaches as a
 * listener), {@code RunClock} (the run's phase and run time), {@code OrderDesk} (arrivals, pool
 * hand-over, dishes served, orders lost), {@code KitchenBuilder} (starting kitchens, telling how one
 * died, rebuilding it), {@code Watchdog} (judges liveness from heartbeats and chef states against
 * the times it is given; the supervisor carries out its {@code Verdicts}), {@code LevelEnd} (fridge
 * audits, {@code Race}s, {@code Finished}, a cancel, no child left), {@code TaskFloor} (one task's kitchens and orders),
 * {@code KitchenChild} (one child), {@code ChildLauncher} (same java, class path and options),
 * {@code Children} (no orphans), {@code Inbox} (the supervisor's bounded inbox),
 * {@link dev.forkful.engine.KitchenCache} (the kitchens' AOT cache, trained by the worker's
 * {@code KitchenTraining} child), {@link dev.forkful.engine.Prestart} (kitchens started before the
 * level is read, from the plan as written; a run takes those started with its command, kills the rest), {@code PantryStock} (the process chefs' fridge),
 * {@code FaultDice} (faults from the seed), {@code CalibrationCache} (work per ms, measured once in a child).
 *
 * <h2>How a level runs</h2>
 * Kitchens start first; run time (every {@code atNanos}) starts when all of them have said hello.
 * Orders arrive ({@code all} at 0 or one {@code every} gap); a process house gets one order at a
 * time (a pool), a thread, coroutine or virtual kitchen gets each order as it arrives. Which fault
 * strikes an order is rolled from the seed per task and order (each faulty step in order, first
 * strike wins), so every model meets the same faults. A kitchen that dies loses what it held
 * ({@code Crash} with the real exit status, an {@code OrderLost} per dish) and is rebuilt, at most
 * {@code TaskFloor.MAX_REBUILDS} times per task. The {@code Watchdog} judges by what ran, not by the
 * clock: each heartbeat (from a monitor thread apart from the chefs) tells the CPU each chef had on
 * its step, and a chef that had the CPU far past what its step computes is stuck ({@code StuckWords}
 * says so): a thread or virtual chef is left spinning, its dish lost, while the others cook on;
 * when every chef that could hold a core is stuck (a house, the loop, one chef, every carrier) the
 * kitchen is frozen: {@code Freeze}, killed, rebuilt. A kitchen starved by the machine, paused by
 * its collector or stopped gets no CPU and is never frozen; one that is silent for 10 s while it
 * keeps using the CPU is. {@code MachineLoad} reads, while orders cook, how many threads the machine
 * had runnable ({@code RunQueue} counts them every 5 ms) and how long ours ran and waited for a core;
 * the run's {@code MachineShare} lets the score count the share of the cores that other programs left. At the time
 * limit every unfinished order is lost. When every order is served or lost the kitchens send their
 * fridge audits ({@code Race} where updates were lost), then {@code Finished}; the children's stdin
 * is closed and whatever is left is killed.
 *
 */
package dev.forkful.engine;
