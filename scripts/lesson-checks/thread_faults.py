"""An exception in a thread ends that thread only; a segfault in a thread ends the whole process, every thread in it."""
import ctypes
import subprocess
import sys
import threading
import time

CHILD = r'''
import ctypes, sys, threading, time
def chef(n, fault):
    time.sleep(0.1)
    if n == 0 and fault == "exception":
        raise ValueError("a bad dish")
    if n == 0 and fault == "segfault":
        ctypes.string_at(0)  # reads address 0: SIGSEGV
    time.sleep(0.1)
    print("chef", n, "served", flush=True)
ts = [threading.Thread(target=chef, args=(n, sys.argv[1])) for n in range(4)]
[t.start() for t in ts]
[t.join() for t in ts]
'''

for fault in ("exception", "segfault"):
    r = subprocess.run([sys.executable, "-c", CHILD, fault], capture_output=True, text=True)
    served = r.stdout.count("served")
    print(f"4 thread chefs, chef 0 hits a {fault}: {served} of 4 served, exit status {r.returncode}"
          + (" (killed by signal %d)" % -r.returncode if r.returncode < 0 else ""))
