#!/usr/bin/env python3
{{header}}

import asyncio
import multiprocessing
import os
import signal
import sys
import threading
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager, nullcontext

TIME_LIMIT = {{time_limit}}  # seconds: dishes not served by then are lost
FRIDGE = {{fridge}}  # ingredient -> starting stock; each kitchen has its own
PAUSE = 0.0001  # a take reads the stock, pauses 0.1 ms, then writes it back
REACH = 0.001  # a chef reaches for the next lock 1 ms after the previous one
ITERATIONS_PER_SECOND = 0  # how fast spin() runs here: measured by calibrate()


def calibrate():
    """Measure once how many loop turns make one second of one core's CPU time (CPU, not wall: a busy machine does not skew it)."""
    turns = 10_000
    while True:
        started = time.thread_time()
        spin_turns(turns)
        used = time.thread_time() - started
        if used >= 0.05:
            return int(turns / used)
        turns *= 2


def spin_turns(turns):
    x = 0
    for i in range(turns):
        x += i * i
    return x


def spin(seconds):
    """cpu: real computation, about `seconds` of one core. A thread holds the GIL all along (but for CPython's 5 ms hand-offs)."""
    spin_turns(int(seconds * ITERATIONS_PER_SECOND))


class Fridge:
    """One kitchen's fridge: its stock, and what chefs took, counted apart for the audit at the end."""

    def __init__(self, stock, lock, async_lock=None, taken=None):
        self.start = dict(stock)
        self.stock = stock
        self.lock = lock  # a real lock, or nullcontext() when the plan says nolock
        self.async_lock = async_lock
        self.taken = [] if taken is None else taken  # list.append is atomic: the count is right even without the lock

    def take(self, ingredient, amount):
        """Read, pause, write. Without the lock two chefs can read the same stock, and one take is lost."""
        with self.lock:
            seen = self.stock[ingredient]
            if seen < amount:
                return False
            time.sleep(PAUSE)
            self.stock[ingredient] = seen - amount
        self.taken.append((ingredient, amount))
        return True

    async def take_awaiting(self, ingredient, amount):
        """Read, await, write: the loop runs other coroutines in between, so without the asyncio.Lock they race too."""
        async with self.async_lock or nullcontext():
            seen = self.stock[ingredient]
            if seen < amount:
                return False
            await asyncio.sleep(PAUSE)
            self.stock[ingredient] = seen - amount
        self.taken.append((ingredient, amount))
        return True

    def lost_updates(self):
        """Stock left over what should be left: each unit is a take that another chef's write erased."""
        lost = {}
        for ingredient, start in self.start.items():
            taken = sum(amount for name, amount in list(self.taken) if name == ingredient)
            lost[ingredient] = (start, taken, self.stock[ingredient], max(0, self.stock[ingredient] - (start - taken)))
        return lost


class Locks:
    """One kitchen's named locks, made on first use and shared by its chefs."""

    def __init__(self):
        self.locks = {}
        self.guard = threading.Lock()

    @contextmanager
    def held(self, *names):
        """Take the locks in the order given, reaching for each 1 ms after the last: opposite orders deadlock."""
        taken = []
        try:
            for i, name in enumerate(names):
                if i:
                    time.sleep(REACH)
                with self.guard:
                    lock = self.locks.setdefault(name, threading.Lock())
                lock.acquire()
                taken.append(lock)
            yield
        finally:
            for lock in reversed(taken):
                lock.release()


class Tally:
    """Dishes served and lost by one task, counted as they finish."""

    def __init__(self, task):
        self.task = task
        self.served = 0
        self.lost = 0
        self.done_at = None
        self.fridge = None
        self.house_cpu = 0.0  # CPU seconds that worker processes spent cooking
        self.guard = threading.Lock()

    def dish(self, served, house_cpu=0.0):
        with self.guard:
            self.house_cpu += house_cpu
            if served:
                self.served += 1
            else:
                self.lost += 1


def arrivals(task, started):
    """Each order in turn, when it arrives: all at once, or one every `every` seconds."""
    for order in range(task["orders"]):
        due = started + order * task["every"]
        if due > time.monotonic():
            time.sleep(due - time.monotonic())
        yield order
{{faults}}{{runners}}

KITCHENS = {{kitchens}}  # how each model's kitchen cooks a task


# ---- the recipes, step by step
{{cooks}}

TASKS = [{{tasks}}
]


def cpu_used():
    """CPU seconds of this process, all its threads."""
    t = os.times()
    return t.user + t.system


def report(tallies, started, cpu_at_start, finished):
    wall = time.monotonic() - started
    served = 0
    lost_updates = 0
    audits = []
    for t in tallies:
        unfinished = t.task["orders"] - t.served - t.lost
        done = f"done at {t.done_at - started:.3f} s" if t.done_at else "unfinished at the time limit"
        print(f"{t.task['name']}: {t.task['plan']}  served {t.served} of {t.task['orders']}, lost {t.lost + unfinished}, {done}")
        served += t.served
        for ingredient, (start, taken, left, lost) in (t.fridge.lost_updates() if t.fridge else {}).items():
            lost_updates += lost
            if taken or left != start:  # an ingredient this task takes
                audits.append(f"{t.task['name']}: {ingredient} started {start}, taken {taken}, left {left}, should be {start - taken}")
    cpu = cpu_used() - cpu_at_start + sum(t.house_cpu for t in tallies)
    print(f"wall time: {wall:.3f} s")
    print(f"throughput: {served / wall:.1f} dishes/s")
    print(f"lost updates: {lost_updates}" + (f" ({'; '.join(audits)})" if audits else ""))
    print(f"cpu time: {cpu:.3f} s ({cpu / wall:.2f} cores busy on average)")
    if not finished:
        print(f"time limit of {TIME_LIMIT} s reached: the kitchen never finished (frozen or deadlocked)")


def main():
    global ITERATIONS_PER_SECOND
    ITERATIONS_PER_SECOND = calibrate()
    tallies = [Tally(task) for task in TASKS]
    clock = {}
    gate = threading.Barrier(len(tallies) + 1, action=lambda: clock.setdefault("started", time.monotonic()))

    def opened():
        """A kitchen is open (its worker processes started): the clock starts when every kitchen is."""
        gate.wait(TIME_LIMIT)
        return clock["started"]

    cooks = [threading.Thread(target=KITCHENS[t.task["model"]], args=(t, opened), daemon=True) for t in tallies]
    for c in cooks:  # every task cooks at the same time, each in its own kitchen
        c.start()
    started = opened()
    cpu_at_start = cpu_used()
    for c in cooks:
        c.join(max(0.0, started + TIME_LIMIT - time.monotonic()))
    finished = not any(c.is_alive() for c in cooks)
    report(tallies, started, cpu_at_start, finished)
    if not finished:
        sys.stdout.flush()
        for child in multiprocessing.active_children():  # a frozen house never exits by itself
            child.kill()
        os._exit(2)  # a frozen thread or event loop cannot be stopped from outside: end the process


if __name__ == "__main__":
    main()
