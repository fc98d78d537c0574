"""CPU work under CPython's GIL: two threads take as long as one after the other; two processes run in parallel."""
import multiprocessing as mp
import sys
import threading
import time

N = 20_000_000


def spin(n=N):
    x = 0
    for i in range(n):
        x += i
    return x


def timed(label, start_all):
    t0 = time.perf_counter()
    start_all()
    print(f"{label:<28} {time.perf_counter() - t0:6.2f} s")


def two_threads():
    ts = [threading.Thread(target=spin) for _ in range(2)]
    [t.start() for t in ts]
    [t.join() for t in ts]


def two_processes():
    ps = [mp.Process(target=spin) for _ in range(2)]
    [p.start() for p in ps]
    [p.join() for p in ps]


if __name__ == "__main__":
    print(f"python {sys.version.split()[0]}, switch interval {sys.getswitchinterval() * 1000:.0f} ms")
    timed("one loop", spin)
    timed("two loops one after another", lambda: (spin(), spin()))
    timed("two threads", two_threads)
    timed("two processes", two_processes)
