/**
 * The child side of a kitchen. {@link dev.forkful.worker.Kitchens#create} builds one
 * {@link dev.forkful.worker.Kitchen} per {@link dev.forkful.protocol.KitchenSpec}:
 * <ul>
 *   <li>{@code ChefKitchen}: platform-thread chefs on one queue (the {@code thread} kitchen; with one
 *       chef the {@code process} house); {@code VirtualKitchen}: a virtual thread per order;
 *       {@code CoroutineKitchen}: every order a small state machine ({@link dev.forkful.worker.Coroutine})
 *       on one hand-written {@link dev.forkful.worker.EventLoop} (run queue + primitive timer heap).</li>
 *   <li>Steps for real: {@link dev.forkful.worker.Work} (calibrated by
 *       {@link dev.forkful.worker.Calibration}) in slices under the {@link dev.forkful.worker.Gil} when
 *       there is one; {@code Blocking} (a native usleep that keeps a virtual thread's carrier);
 *       {@code LocalFridge} (read, pause, write; locked or racy) or {@code PantryFridge} (IPC);
 *       {@link dev.forkful.worker.Crash} (a write to address 0) and a freeze that never yields;
 *       {@code AsyncFridge} with {@code AsyncLock} for a coroutine's take that awaits between read and
 *       write ({@code asyncio.Lock}: it parks the coroutine, not the thread).</li>
 *   <li>Locks a step holds: {@code KitchenLocks} (named {@code ReentrantLock}s per kitchen, taken in the
 *       step's order); {@code DeadlockWatch} looks for a cycle with {@code DeadlockFinder} (the JVM's
 *       detector for platform threads, the locks' wait-for graph for virtual ones) and reports it.</li>
 *   <li>What happens goes to a {@link dev.forkful.worker.KitchenReport} (a served dish's record is a
 *       {@link dev.forkful.worker.CookRecord}, or a coroutine order itself, written into the line writer's
 *       buffer); the orders come as {@link dev.forkful.protocol.WorkOrder}s, with the fault the supervisor chose,
 *       a burst without one per clean order; each kitchen reports its
 *       own memory, threads and CPU as {@link dev.forkful.worker.OsFigures} has them on its OS (-1, not
 *       measured here, where the OS does not tell; {@link dev.forkful.worker.ProcStatus} reads {@code /proc}), and
 *       {@code WorkSpeed}, the CPU its chefs' cpu work really took against the calibration.</li>
 *   <li>{@link dev.forkful.worker.KitchenTraining}: the child that trains the kitchens' AOT cache.</li>
 * </ul>
 */
package dev.forkful.worker;
