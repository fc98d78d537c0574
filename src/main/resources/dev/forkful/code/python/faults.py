

class Spoiled(Exception):
    """An exception fault: this dish is lost, the chef goes on."""


def strike(faults, order, step):
    """The fault that the level's seed gives this order at this step, in its real form: the same orders as in forkful."""
    at, kind = faults.get(order, (None, None))
    if at != step:
        return
    if kind == "exception":
        raise Spoiled(f"order {order} spoiled at step {step}")
    if kind == "segfault":
        os.kill(os.getpid(), signal.SIGSEGV)  # the OS ends this whole process: every chef and coroutine in it
    if kind == "freeze":
        while True:  # spins forever and never yields
            pass
