

def cook_in_coroutines(tally, opened):
    """coroutine: one thread runs an asyncio event loop with one coroutine per order, gathered. An await gives the
    loop back, so it cooks other dishes meanwhile; anything that does not await holds the whole loop."""
    asyncio.run(gather_orders(tally, opened()))
    tally.done_at = time.monotonic()


async def gather_orders(tally, started):
    task = tally.task
    # the loop thread is the only chef, so a take needs a lock only if it awaits between its read and its write
    tally.fridge = Fridge(dict(FRIDGE), nullcontext(), asyncio.Lock() if task["lock"] else None)

    async def arrive_and_cook(order):
        await asyncio.sleep(max(0.0, started + order * task["every"] - time.monotonic()))
        try:
            tally.dish(await task["cook"](order, tally.fridge))
        except Exception as e:
            print(f"{task['name']} order {order}: {e!r}: dish lost", file=sys.stderr)
            tally.dish(False)

    await asyncio.gather(*(arrive_and_cook(order) for order in range(task["orders"])))
