"""Lost updates: x -= 1 by threads with and without a pause between read and write, and coroutines with an await there."""
import asyncio
import sys
import threading
import time

THREADS, TAKES = 8, 20_000
stock = 0


def plain():
    global stock
    for _ in range(TAKES):
        stock -= 1


def paused():
    global stock
    for _ in range(TAKES // 100):
        seen = stock
        time.sleep(0)  # the fridge's pause: another chef may run here
        stock = seen - 1


def locked(lock):
    global stock
    for _ in range(TAKES // 100):
        with lock:
            seen = stock
            time.sleep(0)
            stock = seen - 1


def threads(target, takes, *args):
    global stock
    stock = THREADS * takes
    ts = [threading.Thread(target=target, args=args) for _ in range(THREADS)]
    [t.start() for t in ts]
    [t.join() for t in ts]
    return stock  # what is left: every unit that should be gone but is not is a lost update


async def coroutines(lock):
    global stock
    stock = 400

    async def take():
        global stock
        if lock:
            async with lock:
                seen = stock
                await asyncio.sleep(0)
                stock = seen - 1
        else:
            seen = stock
            await asyncio.sleep(0)
            stock = seen - 1

    await asyncio.gather(*(take() for _ in range(400)))
    return stock


if __name__ == "__main__":
    print(f"python {sys.version.split()[0]}")
    for run in range(3):
        print(f"run {run}: lost updates, x -= 1 by {THREADS} threads x {TAKES}: {threads(plain, TAKES)};"
              f" with a pause: {threads(paused, TAKES // 100)} of {THREADS * TAKES // 100};"
              f" with a pause and a lock: {threads(locked, TAKES // 100, threading.Lock())}")
    print(f"400 coroutines, an await between read and write: {asyncio.run(coroutines(None))} lost;"
          f" with asyncio.Lock: {asyncio.run(coroutines(asyncio.Lock()))} lost")
