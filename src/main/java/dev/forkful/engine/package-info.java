/**
 * The supervisor side: {@link dev.forkful.engine.Engine#start} plays a level with every kitchen
 * in a child OS process and emits one ordered stream of {@link dev.forkful.engine.EngineEvent}s
 * on the supervisor's thread, which the score and the UI both read.
 *
 * <p>Key types: {@link dev.forkful.engine.Engine} and {@link dev.forkful.engine.RunningLevel} (the
 * way in), {@link dev.forkful.engine.PlanParser} ({@code T=M[:N][:nolock]}, with
 * {@link dev.forkful.engine.Plan} and {@link dev.forkful.engine.Assignment}),
 * {@link dev.forkful.protocol.Wire} (the protocol, both sides), {@link dev.forkful.protocol.LineWriter}
 * (one writer thread per pipe end), {@code Supervisor} (orders, pool hand-over, watchdog, rebuilds,
 * the end and its fridge audit), {@code TaskFloor} (one task's kitchens and orders),
 * {@code KitchenChild} (one child), {@code ChildLauncher} (same java, class path and options),
 * {@code Children} (no orphans), {@code Inbox} (the supervisor's bounded inbox),
 * {@link dev.forkful.engine.KitchenCache} (the kitchens' AOT cache), {@code PantryStock} (the process chefs' fridge),
 * {@code FaultDice} (faults from the seed), {@code CalibrationCache} (work per ms, measured once).
 *
 * <h2>How a level runs</h2>
 * Kitchens start first; run time (every {@code atNanos}) starts when all of them have said hello.
 * Orders arrive ({@code all} at 0 or one {@code every} gap); a process house gets one order at a
 * time (a pool), a thread, coroutine or virtual kitchen gets each order as it arrives. Which fault
 * strikes an order is rolled from the seed per task and order (each faulty step in order, first
 * strike wins), so every model meets the same faults. A kitchen that dies loses what it held
 * ({@code Crash} with the real exit status, an {@code OrderLost} per dish) and is rebuilt, at most
 * {@code TaskFloor.MAX_REBUILDS} times per task. A kitchen with work in hand and no heartbeat for a
 * second (or twice its longest cpu or block step) is frozen: {@code Freeze}, killed, rebuilt. A
 * chef stuck on one step far past its time is a {@code Freeze} too: a process house is killed, a
 * thread or virtual chef is left spinning, its dish lost, while the others cook on. At the time
 * limit every unfinished order is lost. When every order is served or lost the kitchens send their
 * fridge audits ({@code Race} where updates were lost), then {@code Finished}; the children's stdin
 * is closed and whatever is left is killed.
 *
 * <h2>Protocol (version {@value dev.forkful.protocol.Wire#VERSION})</h2>
 * One JSON object per line on the child's stdin and stdout, its type in {@code "t"}.
 * <ul>
 * <li>supervisor to child: {@code setup} ({@code v}, {@code spec}: task, model, chefs, gil, lock,
 *     steps, work_per_ms, pantry, fridge), {@code orders} ({@code first}, {@code count}: the orders
 *     {@code first .. first+count-1}, at most {@code Supervisor.ORDERS_PER_LINE} a line, and
 *     {@code faults} as {@code [id, step, fault]} for those a fault strikes), {@code taken} (a
 *     pantry reply: {@code id}, {@code amount}), {@code finish}, {@code ping}, {@code calibrate}
 *     (measure, reply, nothing else).</li>
 * <li>child to supervisor: {@code hello} ({@code v}, {@code pid}, {@code model}: the kitchen is
 *     built), {@code steps} ({@code e}: {@code [order, chef, step, ...]}), {@code served}
 *     ({@code e}: {@code [order, chef, ...]}), {@code lost} ({@code order}, {@code chef},
 *     {@code reason}), {@code stall} (a loop held: {@code nanos}, {@code cause}), {@code beat}
 *     ({@code pending}, {@code chefs} as {@code [chef, order, step, since_ns]}), {@code stats}
 *     ({@code rss}, {@code cpu_ns} since hello, {@code threads}, {@code units}; at least 10 a
 *     second), {@code take} (a pantry request), {@code audit} (per ingredient
 *     {@code [start, taken, left]}), {@code done}, {@code pong}, {@code calibrated}, {@code error}
 *     (last words before exit 2).</li>
 * </ul>
 * {@code steps} and {@code served} are packed: the child's {@link dev.forkful.protocol.LineWriter}
 * puts every such event that piled up while it wrote into one line (at most
 * {@code LineWriter.EVENTS_PER_LINE} a line), exactly in the form above, and the supervisor reads
 * them by hand, not through a JSON tree. Every dish served is sent; of the steps in one line only
 * each chef's last is, since what the game shows and scores of steps is what each chef is on now
 * ({@link dev.forkful.engine.EngineEvent.StepStarted}). Version 1 sent one line per order, step
 * and dish: 100,000 orders took 4.6-8.5 s, against 1.5-2.2 s now (2 busy cores).
 * A line that is not a message makes the child a faulty kitchen (killed, reported as a
 * {@code Crash} of kind "bad output"), except the {@code #} lines of a JVM fatal-error report,
 * which name the signal. A child that says no hello within 20 s is faulty too. A child exits
 * within a second of its stdin closing, so it never outlives the game, even one killed by SIGKILL.
 */
package dev.forkful.engine;
