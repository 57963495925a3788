#!/usr/bin/env python3
"""Reference FSRS reviews per second: fsrs 6.3.2 (PyPI) over the committed vectors, as bench-fsrs does in Swift.

    python3 Benchmarks/baselines/fsrs_reviews.py VECTORS [REPEATS]

Each sample replays every sequence from a new card with Scheduler.review_card (fuzzing off); the inputs
(schedulers, ratings, datetimes) are built before timing. Prints "fsrs python SAMPLE REVIEWS_PER_SECOND".
"""
import json
import sys
import time
from datetime import datetime, timedelta, timezone

from fsrs import Card, Rating, Scheduler

vectors = json.load(open(sys.argv[1]))
repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 5
schedulers = [
    Scheduler(
        parameters=c["parameters"],
        desired_retention=c["desired_retention"],
        learning_steps=[timedelta(seconds=s) for s in c["learning_steps"]],
        relearning_steps=[timedelta(seconds=s) for s in c["relearning_steps"]],
        maximum_interval=c["maximum_interval"],
        enable_fuzzing=False,
    )
    for c in vectors["schedulers"]
]
epoch = datetime(1970, 1, 1, tzinfo=timezone.utc)
prepared = [
    (
        schedulers[s["scheduler"]],
        [Rating(step["rating"]) for step in s["steps"]],
        [epoch + timedelta(seconds=step["time"]) for step in s["steps"]],
        s["steps"][0]["time"],
    )
    for s in vectors["sequences"]
]
reviews = sum(len(p[1]) for p in prepared)

def one_pass():
    checksum = 0.0
    for index, (scheduler, ratings, times, first) in enumerate(prepared):
        card = Card(card_id=index + 1, due=times[0])
        for rating, moment in zip(ratings, times):
            card, _ = scheduler.review_card(card, rating, moment)
        checksum += card.stability
    return checksum

one_pass()  # warm-up
for sample in range(repeats):
    start = time.perf_counter()
    one_pass()
    print(f"fsrs python {sample} {reviews / (time.perf_counter() - start):.1f}", flush=True)
