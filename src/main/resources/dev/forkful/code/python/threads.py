

def cook_in_threads(tally, opened):
    """thread: `workers` OS threads in this one process share its heap, so the fridge, with its lock unless nolock."""
    task = tally.task
    tally.fridge = Fridge(dict(FRIDGE), threading.Lock() if task["lock"] else nullcontext())
    locks = Locks()
    with ThreadPoolExecutor(max_workers=task["workers"]) as chefs:
        started = opened()
        for order in arrivals(task, started):
            chefs.submit(dish, tally, order, tally.fridge, locks)
    tally.done_at = time.monotonic()


def dish(tally, order, *kitchen):
    """One order, cooked by a chef; an exception loses this dish only, and the chef goes on."""
    try:
        tally.dish(tally.task["cook"](order, *kitchen))
    except Exception as e:
        print(f"{tally.task['name']} order {order}: {e!r}: dish lost", file=sys.stderr)
        tally.dish(False)
