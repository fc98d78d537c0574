

HOUSE = {}  # in each worker process: its own locks, and the pantry's address


def open_house(iterations_per_second, pantry):
    """Runs first in each worker process, which starts with none of this one's memory but what is passed here."""
    global ITERATIONS_PER_SECOND
    ITERATIONS_PER_SECOND = iterations_per_second
    HOUSE["fridge"] = pantry
    HOUSE["locks"] = Locks()


def cook_in_house(cook, order):
    """One order in a house; with it, the CPU time it took (the parent sees a house's CPU only once it is reaped)."""
    cpu = time.process_time()
    return cook(order, HOUSE["fridge"], HOUSE["locks"]), time.process_time() - cpu


def cook_in_processes(tally, opened):
    """process: `workers` OS processes, each a house with its own memory. No heap is shared: the fridge lives in
    a manager process (the pantry) and every take is a round trip to it, under its lock."""
    task = tally.task
    with multiprocessing.Manager() as pantry:
        fridge = Fridge(pantry.dict(FRIDGE), pantry.Lock(), taken=pantry.list())
        houses = ProcessPoolExecutor(task["workers"], mp_context=multiprocessing.get_context("spawn"),
                                     initializer=open_house, initargs=(ITERATIONS_PER_SECOND, fridge))
        with houses:
            list(houses.map(time.sleep, [0.05] * task["workers"]))  # every house open before the clock starts
            started = opened()
            for order in arrivals(task, started):
                try:
                    houses.submit(cook_in_house, task["cook"], order).add_done_callback(
                        lambda done, order=order: served_by_house(tally, order, done))
                except BrokenProcessPool as e:  # a house died: CPython's pool stops every house with it, and loses their dishes
                    served_by_house(tally, order, e)
        tally.done_at = time.monotonic()
        fridge.stock, fridge.taken = dict(fridge.stock), list(fridge.taken)  # read before the pantry closes
        tally.fridge = fridge


def served_by_house(tally, order, done):
    problem = done if isinstance(done, Exception) else done.exception()
    if problem is not None:
        print(f"{tally.task['name']} order {order}: {problem!r}: dish lost", file=sys.stderr)
        tally.dish(False)
        return
    served, cpu = done.result()
    tally.dish(served, cpu)
