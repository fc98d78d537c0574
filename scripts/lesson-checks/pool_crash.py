"""A worker killed by SIGSEGV: ProcessPoolExecutor fails every pending task; multiprocessing.Pool replaces the worker, and the task it held never returns."""
import concurrent.futures as cf
import multiprocessing as mp
import os
import signal
import time


def dish(n):
    if n == 3:
        os.kill(os.getpid(), signal.SIGSEGV)
    time.sleep(0.05)
    return n


def executor():
    with cf.ProcessPoolExecutor(max_workers=2) as pool:
        futures = [pool.submit(dish, n) for n in range(10)]
        outcomes = {}
        for f in futures:
            try:
                f.result()
                outcomes["served"] = outcomes.get("served", 0) + 1
            except cf.process.BrokenProcessPool:
                outcomes["BrokenProcessPool"] = outcomes.get("BrokenProcessPool", 0) + 1
        print(f"ProcessPoolExecutor, 10 dishes, dish 3 segfaults: {outcomes}")


def pool():
    with mp.Pool(2) as p:
        pids = set(p.map(_pid, range(2)))
        results = [p.apply_async(dish, (n,)) for n in range(10)]
        served, lost = 0, []
        for n, r in enumerate(results):
            try:
                r.get(timeout=2)
                served += 1
            except mp.TimeoutError:
                lost.append(n)
        after = set(p.map(_pid, range(4)))
        print(f"multiprocessing.Pool, 10 dishes, dish 3 segfaults: served {served}, never returned {lost};"
              f" a new worker replaced the dead one: {bool(after - pids)}")


def _pid(_):
    time.sleep(0.05)
    return os.getpid()


if __name__ == "__main__":
    executor()
    pool()
