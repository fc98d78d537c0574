/**
 * What the supervisor and a kitchen child share, and all they share: the messages on the pipe
 * between them. {@link dev.forkful.protocol.Wire} builds and reads every line (its
 * {@link dev.forkful.protocol.Wire.ProtocolException} for a line that is not a message, its
 * {@link dev.forkful.protocol.Wire#VERSION} for compatibility); {@link dev.forkful.protocol.LineWriter}
 * is one writer thread per pipe end, packing events, and {@link dev.forkful.protocol.LineReader} reads a pipe's
 * lines as bytes, so that packed events are parsed where they lie; {@link dev.forkful.protocol.KitchenSpec} is the
 * kitchen a child builds, {@link dev.forkful.protocol.WorkOrder} one order with its fault,
 * {@link dev.forkful.protocol.ChefState} a chef in a heartbeat and
 * {@link dev.forkful.protocol.FridgeAudit} an ingredient at the end. The engine (supervisor side) and
 * the worker (child side) both import this package and never each other: the child is started by
 * its main class's name.
 *
 * <h2>Protocol (version {@value dev.forkful.protocol.Wire#VERSION})</h2>
 * One JSON object per line on the child's stdin and stdout, its type in {@code "t"}.
 * <ul>
 * <li>supervisor to child: {@code setup} ({@code v}, {@code spec}: task, model, chefs, gil, lock,
 *     steps, work_per_ms, pantry, fridge), {@code orders} ({@code first}, {@code count}: the orders
 *     {@code first .. first+count-1}, at most {@code OrderDesk.ORDERS_PER_LINE} a line, and
 *     {@code faults} as {@code [id, step, fault]} for those a fault strikes; read as a
 *     {@link dev.forkful.protocol.WorkOrder.Burst}, a {@code WorkOrder} only per faulty order; a line with no fault,
 *     as nearly every one, is written and read by hand, the same JSON), {@code taken} (a
 *     pantry reply: {@code id}, {@code amount}), {@code finish}, {@code ping}, {@code calibrate}
 *     (measure, reply, nothing else).</li>
 * <li>child to supervisor: {@code hello} ({@code v}, {@code pid}, {@code model}: the kitchen is
 *     built; {@code clock}: its {@code System.nanoTime()}), {@code steps} ({@code e}: {@code [order, chef, step, ...]}),
 *     {@code served} ({@code e}: {@code [order, chef, start, (lock, run, gil) per step, ...]}: how each dish was
 *     cooked, in microseconds, {@code start} since {@code clock}; each value after a line's first dish
 *     as its difference from the dish before, version 5), {@code lost} ({@code order}, {@code chef},
 *     {@code reason}, and {@code r}, how far a begun order got, in a served record's form), {@code stall} (a loop held: {@code nanos}, {@code cause}), {@code beat}
 *     ({@code pending}, {@code chefs} as {@code [chef, order, step, since_ns]}), {@code stats}
 *     ({@code rss}, {@code pss} in bytes, {@code cpu_ns} since hello, {@code threads}: each -1 where not measured; {@code units}, {@code blocked_ns};
 *     {@code work_ns} and {@code work_cpu_ns}, the calibrated time of the chefs' finished cpu work and the CPU
 *     it took them, version 6; at least 10 a second), {@code take} (a pantry request), {@code audit} (per ingredient
 *     {@code [start, taken, left]}), {@code done}, {@code pong}, {@code calibrated}, {@code error}
 *     (last words before exit 2).</li>
 * </ul>
 * {@code steps} and {@code served} are packed: the child's {@link dev.forkful.protocol.LineWriter}
 * puts every such event that piled up while it wrote into one line, formatted straight to bytes (at most
 * {@code LineWriter.EVENTS_PER_LINE} a line), exactly in the form above, and the supervisor reads
 * them by hand, not through a JSON tree. Every dish served is sent with its record, so the supervisor
 * rebuilds each chef's whole timeline (version 4; a reading thread keeps a
 * {@link dev.forkful.protocol.Wire.EventsReader}, whose buffer makes a line one array of its exact size); of the steps in one line only each chef's last is,
 * since what the live screen shows of steps is what each chef is on now (the engine's
 * {@code StepStarted}). Version 1 sent one line per order, step and dish: 100,000 orders took
 * 4.6-8.5 s, against 1.5-2.2 s with packed lines (2 busy cores).
 * A line that is not a message makes the child a faulty kitchen (killed, reported as a
 * {@code Crash} of kind "bad output"), except the {@code #} lines of a JVM fatal-error report,
 * which name the signal. A child that says no hello within 20 s is faulty too. A child exits
 * within a second of its stdin closing, so it never outlives the game, even one killed by SIGKILL.
 */
package dev.forkful.protocol;
