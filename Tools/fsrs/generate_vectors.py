#!/usr/bin/env python3
"""Generate FSRS-6 conformance vectors from the reference implementation.

Re-run from the package root (Python 3.10+):

    python3 -m pip install fsrs==6.3.2
    python3 Tools/fsrs/generate_vectors.py

It writes Tests/Fixtures/fsrs/vectors.json, which is committed so that CI needs no
Python. The output is deterministic (fixed seed, fuzzing off, no clock reads), so
re-running it with the same reference version gives byte-identical output.

Each sequence replays 1-30 reviews of one new card with one scheduler
configuration (listed once under "schedulers" and referenced by index). Times are
epoch seconds (UTC). For every review the file records the rating, the review time,
the retrievability at that time before rating (null for a new card) and the
resulting state, step, stability, difficulty and due time.
"""

from __future__ import annotations

import json
import math
import random
import sys
from datetime import datetime, timedelta, timezone
from importlib import metadata
from pathlib import Path

from fsrs import Card, Rating, Scheduler, State
from fsrs.scheduler import (
    DEFAULT_PARAMETERS,
    LOWER_BOUNDS_PARAMETERS,
    UPPER_BOUNDS_PARAMETERS,
)

REFERENCE_VERSION = "6.3.2"
SEED = 20250601
SEQUENCE_COUNT = 360
OUTPUT = Path(__file__).resolve().parents[2] / "Tests/Fixtures/fsrs/vectors.json"
EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
START = int(datetime(2024, 1, 1, tzinfo=timezone.utc).timestamp())
DAY = 86_400
STATE_NAMES = {State.Learning: "learning", State.Review: "review", State.Relearning: "relearning"}


def perturbed_parameters(rng: random.Random, spread: float) -> list[float]:
    """Defaults scaled by a log-normal factor, kept within the reference's bounds."""
    result = []
    for value, lower, upper in zip(DEFAULT_PARAMETERS, LOWER_BOUNDS_PARAMETERS, UPPER_BOUNDS_PARAMETERS):
        candidate = value * math.exp(rng.gauss(0.0, spread)) if value > 0 else rng.uniform(lower, upper) / 10
        result.append(round(min(max(candidate, lower), upper), 4))
    return result


def edge_parameters(rng: random.Random) -> list[float]:
    """Each weight at its lower bound, its upper bound or its default, to exercise clamping."""
    return [
        rng.choice((lower, upper, value))
        for value, lower, upper in zip(DEFAULT_PARAMETERS, LOWER_BOUNDS_PARAMETERS, UPPER_BOUNDS_PARAMETERS)
    ]


def scheduler_configs(rng: random.Random) -> list[dict]:
    minutes = lambda m: m * 60  # noqa: E731
    default = dict(
        parameters=list(DEFAULT_PARAMETERS),
        desired_retention=0.9,
        learning_steps=[minutes(1), minutes(10)],
        relearning_steps=[minutes(10)],
        maximum_interval=36500,
    )
    configs = [dict(default, label="default")]
    for retention in (0.8, 0.95, 0.7, 0.97):
        configs.append(dict(default, desired_retention=retention, label=f"retention {retention}"))
    for maximum in (1, 7, 30):
        configs.append(dict(default, maximum_interval=maximum, label=f"maximum interval {maximum}"))
    configs.append(dict(default, desired_retention=0.95, maximum_interval=365, label="retention 0.95, maximum 365"))
    configs.append(dict(default, learning_steps=[], relearning_steps=[], label="no steps"))
    configs.append(dict(default, learning_steps=[minutes(1)], relearning_steps=[], label="one learning step"))
    configs.append(
        dict(
            default,
            learning_steps=[minutes(1), minutes(10), minutes(60), DAY],
            relearning_steps=[minutes(10), minutes(60)],
            label="long steps",
        )
    )
    configs.append(dict(default, learning_steps=[7, 45], relearning_steps=[3], label="odd second steps"))
    for index, retention in enumerate((0.9, 0.85, 0.9, 0.95, 0.8, 0.9)):
        configs.append(
            dict(
                default,
                parameters=perturbed_parameters(rng, 0.35),
                desired_retention=retention,
                label=f"custom parameters {index}",
            )
        )
    for index in range(3):
        configs.append(
            dict(
                default,
                parameters=edge_parameters(rng),
                maximum_interval=(36500, 100, 36500)[index],
                label=f"edge parameters {index}",
            )
        )
    # With retention 0.9 these initial stabilities give intervals of exactly 0.5, 1.5, 2.5 and 3.5 days, so a new
    # card graduating at once shows that intervals round half to even (Python's round), e.g. 2.5 days -> 2.
    half_days = list(DEFAULT_PARAMETERS)
    half_days[0:4] = [0.5, 1.5, 2.5, 3.5]
    configs.append(dict(default, parameters=half_days, learning_steps=[], label="half-day intervals"))
    return configs


def next_review_time(rng: random.Random, last: int, due: float) -> int:
    """A review time after `last`: early, on time, late, or anywhere from seconds to years later."""
    mode = rng.choices(
        ("on_due", "relative", "seconds", "minutes", "hours", "near_day", "days", "years"),
        weights=(20, 30, 6, 10, 8, 6, 14, 6),
    )[0]
    if mode == "on_due":
        return max(last, math.ceil(due))
    if mode == "relative":
        return last + max(0, round((due - last) * rng.uniform(0.05, 3.0)))
    if mode == "seconds":
        return last + rng.randint(0, 120)
    if mode == "minutes":
        return last + rng.randint(60, 180 * 60)
    if mode == "hours":
        return last + rng.randint(3600, 48 * 3600)
    if mode == "near_day":
        return last + DAY + rng.randint(-3, 3)
    if mode == "days":
        return last + rng.randint(1, 60) * DAY + rng.randint(-DAY // 2, DAY // 2)
    return last + rng.randint(365, 5 * 365) * DAY + rng.randint(0, DAY)


def rating_weights(rng: random.Random) -> tuple[int, int, int, int]:
    return rng.choice(((15, 15, 55, 15), (40, 20, 30, 10), (5, 10, 45, 40), (25, 25, 25, 25), (10, 40, 40, 10)))


def to_datetime(seconds: int) -> datetime:
    return EPOCH + timedelta(seconds=seconds)


def to_epoch(moment: datetime) -> float | int:
    delta = moment - EPOCH
    whole = delta.days * DAY + delta.seconds
    return whole if delta.microseconds == 0 else whole + delta.microseconds / 1_000_000


def main() -> None:
    installed = metadata.version("fsrs")
    if installed != REFERENCE_VERSION:
        sys.exit(
            f"expected fsrs {REFERENCE_VERSION}, found {installed}; "
            f"run: python3 -m pip install fsrs=={REFERENCE_VERSION}"
        )
    rng = random.Random(SEED)
    configs = scheduler_configs(rng)
    schedulers = [
        Scheduler(
            parameters=config["parameters"],
            desired_retention=config["desired_retention"],
            learning_steps=[timedelta(seconds=s) for s in config["learning_steps"]],
            relearning_steps=[timedelta(seconds=s) for s in config["relearning_steps"]],
            maximum_interval=config["maximum_interval"],
            enable_fuzzing=False,
        )
        for config in configs
    ]

    sequences = []
    coverage: dict[str, int] = {}
    for index in range(SEQUENCE_COUNT):
        # The first sequences use every configuration three times; the rest lean towards the defaults.
        if index < 3 * len(configs):
            config_index = index % len(configs)
        else:
            config_index = 0 if rng.random() < 0.4 else rng.randrange(len(configs))
        scheduler = schedulers[config_index]
        weights = rating_weights(rng)
        # The guaranteed sequences are long enough to reach every phase of their configuration.
        length = rng.randint(15, 30) if index < 3 * len(configs) else rng.randint(1, 30)
        now = START + rng.randint(0, 365 * DAY)
        card = Card(card_id=index + 1, due=to_datetime(now))
        steps = []
        for review in range(length):
            if review > 0:
                now = next_review_time(rng, now, to_epoch(card.due))
            moment = to_datetime(now)
            rating = Rating(rng.choices((1, 2, 3, 4), weights=weights)[0])
            before = STATE_NAMES[card.state]
            retrievability = scheduler.get_card_retrievability(card, moment) if card.last_review else None
            card, _ = scheduler.review_card(card, rating, moment)
            after = STATE_NAMES[card.state]
            key = f"{before if review else 'new'} -{rating.name}-> {after}"
            coverage[key] = coverage.get(key, 0) + 1
            steps.append(
                {
                    "rating": int(rating),
                    "time": now,
                    "retrievability": retrievability,
                    "state": after,
                    "step": card.step,
                    "stability": card.stability,
                    "difficulty": card.difficulty,
                    "due": to_epoch(card.due),
                }
            )
        sequences.append({"id": index, "scheduler": config_index, "steps": steps})

    document = {
        "reference": f"fsrs {REFERENCE_VERSION} (PyPI), enable_fuzzing=False",
        "generator": "Tools/fsrs/generate_vectors.py",
        "seed": SEED,
        "schedulers": configs,
        "sequences": sequences,
    }
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    with OUTPUT.open("w") as handle:
        # One sequence per line keeps the file small and its diffs readable.
        handle.write("{\n")
        for key in ("reference", "generator", "seed"):
            handle.write(f"  {json.dumps(key)}: {json.dumps(document[key])},\n")
        handle.write('  "schedulers": [\n')
        handle.write(",\n".join("    " + json.dumps(c, separators=(",", ":")) for c in configs))
        handle.write("\n  ],\n")
        handle.write('  "sequences": [\n')
        handle.write(",\n".join("    " + json.dumps(s, separators=(",", ":")) for s in sequences))
        handle.write("\n  ]\n}\n")
    json.loads(OUTPUT.read_text())  # the file must parse

    required = {
        f"{before} -{rating}-> {after}"
        for before, rating, after in (
            ("new", "Again", "learning"), ("new", "Hard", "learning"), ("new", "Good", "learning"),
            ("new", "Easy", "review"), ("learning", "Again", "learning"), ("learning", "Hard", "learning"),
            ("learning", "Good", "learning"), ("learning", "Good", "review"), ("learning", "Easy", "review"),
            ("review", "Again", "relearning"), ("review", "Again", "review"), ("review", "Hard", "review"),
            ("review", "Good", "review"), ("review", "Easy", "review"), ("relearning", "Again", "relearning"),
            ("relearning", "Hard", "relearning"), ("relearning", "Good", "relearning"),
            ("relearning", "Good", "review"), ("relearning", "Easy", "review"),
        )
    }
    missing = required - coverage.keys()
    if missing:
        sys.exit(f"vectors miss transitions: {sorted(missing)}; change SEED or the mix")

    total = sum(len(s["steps"]) for s in sequences)
    print(f"wrote {len(sequences)} sequences, {total} reviews, {OUTPUT.stat().st_size} bytes to {OUTPUT}")
    for key in sorted(coverage):
        print(f"  {coverage[key]:5d}  {key}")


if __name__ == "__main__":
    main()
