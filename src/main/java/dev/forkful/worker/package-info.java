/** The child side of a kitchen: the process, thread, coroutine (hand-written event loop) and virtual-thread kitchens, calibrated cpu work, the GIL and the fridge. */
package dev.forkful.worker;
