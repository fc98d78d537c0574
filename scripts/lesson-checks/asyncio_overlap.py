"""Waits overlap on one asyncio loop; CPU work on the same loop does not; time.sleep inside a coroutine stalls the loop."""
import asyncio
import time

WAITS = 100


async def simmer():
    await asyncio.sleep(0.2)


async def chop():
    x = 0
    for i in range(1_000_000):
        x += i


async def microwave():
    time.sleep(0.05)  # a blocking call where an await was meant


async def timed(label, make):
    t0 = time.perf_counter()
    await asyncio.gather(*(make() for _ in range(make.count)))
    print(f"{label:<44} {time.perf_counter() - t0:6.2f} s")


async def main():
    simmer.count, chop.count, microwave.count = WAITS, 4, 10
    t0 = time.perf_counter()
    await chop()
    one_chop = time.perf_counter() - t0
    print(f"one chop alone                               {one_chop:6.2f} s")
    await timed(f"{WAITS} awaits of 0.2 s on one loop", simmer)
    await timed("4 chops on one loop", chop)
    await timed("10 blocking 0.05 s calls on one loop", microwave)


asyncio.run(main())
