"""The peer in Python: N asyncio tasks that each sleep WAIT ms, gathered; standard library only.
Prints its own wall and median latency (each task's end since the start) as JSON, like forkful's run --json."""
import asyncio
import json
import statistics
import sys


async def main(n, wait):
    loop = asyncio.get_running_loop()
    start = loop.time()
    ends = []

    async def order():
        await asyncio.sleep(wait)
        ends.append(loop.time() - start)

    await asyncio.gather(*(order() for _ in range(n)))
    wall = loop.time() - start
    print(json.dumps({"wall_ms": round(wall * 1000, 1), "p50_ms": round(statistics.median(ends) * 1000, 1)}))


asyncio.run(main(int(sys.argv[1]), int(sys.argv[2]) / 1000))
