#!/usr/bin/env python3
"""The rebuild baseline: read a review log and json.loads every line (nothing else), timed like bench-rebuild.

    python3 Benchmarks/baselines/json_loads.py LOG

Prints "rebuild python SECONDS PEAK_KIB LINES".
"""
import json
import resource
import sys
import time

start = time.perf_counter()
count = 0
with open(sys.argv[1], "rb") as handle:
    for line in handle:
        json.loads(line)
        count += 1
seconds = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(f"rebuild python {seconds:.6f} {peak} {count}")
