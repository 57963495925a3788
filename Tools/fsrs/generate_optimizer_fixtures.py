#!/usr/bin/env python3
"""Generate the optimizer fixtures from fsrs-rs (what Anki runs), through its Python binding.

Re-run from the package root (Python 3.9+):

    python3 -m pip install fsrs-rs-python==0.9.3
    python3 Tools/fsrs/generate_optimizer_fixtures.py

It writes Tests/Fixtures/fsrs/optimizer.json, committed so that the Swift tests need no
Python. The output is deterministic (fixed seeds, no clock reads).

The file holds three kinds of case, all as review histories: one list per question of
[rating, elapsed whole days] pairs, and the training items, each [history, index]: review
`index` of that history, predicted from the reviews before it, in the order given.

- "evaluations": item sets with, for several weight vectors, fsrs-rs's `evaluate`
  (recency-weighted log loss and RMSE(bins)).
- "pretraining": item sets where every item is a question's first later-day review, so
  fsrs-rs's `compute_parameters` returns only its pre-trained w0-w3 and the defaults.
- "learners": simulated learners whose memory follows FSRS-6 with known true weights. Each
  has its review log ([question, epoch seconds, rating], in time order), the histories and
  items built from it by the same rules as Lectern (elapsed days are whole 24-hour periods;
  an item for every review after the first that falls a day or more after the one before),
  the count of items trained on (the oldest 75 %), fsrs-rs's fitted weights, and fsrs-rs's
  `evaluate` on the held-out items for the fitted, default and true weights.
"""

from __future__ import annotations

import json
import math
import random
from importlib import metadata
from pathlib import Path

import fsrs_rs_python as fsrs

REFERENCE = "fsrs-rs-python"
REFERENCE_VERSION = "0.9.3"
OUTPUT = Path(__file__).resolve().parents[2] / "Tests/Fixtures/fsrs/optimizer.json"
DEFAULTS = [
    0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
    1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
]
# fsrs-rs's clipping bounds with short-term weights on and one relearning step.
BOUNDS = [
    (0.001, 100), (0.001, 100), (0.001, 100), (0.001, 100), (1, 10), (0.001, 4), (0.001, 4),
    (0.001, 0.75), (0, 4.5), (0, 0.8), (0.001, 3.5), (0.001, 5), (0.001, 0.25), (0.001, 0.9),
    (0, 4), (0, 1), (1, 6), (0, 2), (0, 2), (0.01, 0.8), (0.1, 0.8),
]
DAY = 86_400
EPOCH = 1_767_571_200  # 2026-01-05T00:00:00Z


def fsrs_items(histories, items):
    """The fsrs-rs items (each the whole prefix up to the predicted review) and their card ids."""
    result = []
    for history, index in items:
        reviews = [fsrs.FSRSReview(rating, days) for rating, days in histories[history][: index + 1]]
        result.append(fsrs.FSRSItem(reviews))
    return result, [history for history, _ in items]


def evaluate(weights, histories, items):
    found, _ = fsrs_items(histories, items)
    metrics = fsrs.FSRS(weights).evaluate(found)
    return {"logLoss": metrics.log_loss, "rmseBins": metrics.rmse_bins}


def items_of(histories_with_times):
    """Items in time order from histories of (rating, days, time)."""
    found = []
    for history, reviews in enumerate(histories_with_times):
        for index in range(1, len(reviews)):
            if reviews[index][1] > 0:
                found.append((reviews[index][2], history, index))
    found.sort()
    return [[history, index] for _, history, index in found]


class Memory:
    """FSRS-6 as Lectern's scheduler computes it (py-fsrs 6.3.2's formulas), in float64."""

    def __init__(self, w):
        self.w = w
        self.decay = -w[20]
        self.factor = 0.9 ** (1 / self.decay) - 1

    def retrievability(self, days, s):
        return (1 + self.factor * days / s) ** self.decay

    def start(self, rating):
        w = self.w
        return max(w[rating - 1], 0.001), min(max(w[4] - math.e ** (w[5] * (rating - 1)) + 1, 1), 10)

    def step(self, s, d, days, rating):
        w = self.w
        if days < 1:
            inc = math.e ** (w[17] * (rating - 3 + w[18])) * s ** -w[19]
            if rating != 1:
                inc = max(inc, 1.0)
            new_s = s * inc
        else:
            r = self.retrievability(days, s)
            if rating == 1:
                long_term = (w[11] * d ** -w[12] * ((s + 1) ** w[13] - 1)
                             * math.e ** ((1 - r) * w[14]))
                new_s = min(long_term, s / math.e ** (w[17] * w[18]))
            else:
                hard = w[15] if rating == 2 else 1
                easy = w[16] if rating == 4 else 1
                new_s = s * (1 + math.e ** w[8] * (11 - d) * s ** -w[9]
                             * (math.e ** ((1 - r) * w[10]) - 1) * hard * easy)
        target = w[4] - math.e ** (w[5] * 3) + 1
        damped = d + (10 - d) * (-(w[6] * (rating - 3))) / 9
        new_d = min(max(w[7] * target + (1 - w[7]) * damped, 1), 10)
        return max(new_s, 0.001), new_d


def simulate_learner(seed, cards, days, new_per_day, true_w):
    """A learner studying `cards` questions over `days` days at 90 % desired retention.

    New questions are rated Again/Hard/Good/Easy 0.25/0.10/0.55/0.10 and Again or Hard gets a
    same-day learning step rated Good ten minutes later; a later review is recalled with the
    true model's probability, rated Hard/Good/Easy 0.15/0.75/0.10 when recalled, and a lapse
    gets a same-day relearning step rated Good. Reviews come 0-2 days after they are due.
    """
    rng = random.Random(seed)
    memory = Memory(true_w)
    log = []  # (time, question, rating)
    state = {}  # question -> (s, d, last time, due day)
    introduced = 0
    for day in range(days):
        due = sorted(q for q, (_, _, _, due_day) in state.items() if due_day <= day)
        fresh = list(range(introduced, min(introduced + new_per_day, cards)))
        introduced += len(fresh)
        clock = EPOCH + day * DAY + 8 * 3600 + rng.randrange(0, 3 * 3600)
        for question in due + fresh:
            clock += rng.randrange(20, 90)
            if question in state:
                s, d, last, _ = state[question]
                elapsed = (clock - last) // DAY
                recalled = elapsed < 1 or rng.random() < memory.retrievability(elapsed, s)
                rating = rng.choices([2, 3, 4], [0.15, 0.75, 0.10])[0] if recalled else 1
                s, d = memory.step(s, d, elapsed, rating)
            else:
                rating = rng.choices([1, 2, 3, 4], [0.25, 0.10, 0.55, 0.10])[0]
                s, d = memory.start(rating)
            log.append((clock, question, rating))
            last = clock
            if rating <= 2 and (question not in state or rating == 1):
                step_time = clock + 600
                s, d = memory.step(s, d, 0, 3)
                log.append((step_time, question, 3))
                last = step_time
            interval = min(max(round(s), 1), 36500)
            state[question] = (s, d, last, day + interval + rng.choice([0, 0, 1, 2]))
    log.sort()
    return log


def histories_from_log(log):
    order = {}
    histories = []
    last = []
    for time, question, rating in log:
        if question not in order:
            order[question] = len(histories)
            histories.append([(rating, 0, time)])
            last.append(time)
            continue
        history = order[question]
        days = max((time - last[history]) // DAY, 0)
        histories[history].append((rating, days, time))
        last[history] = time
    return histories, order


def strip(histories_with_times):
    return [[[rating, days] for rating, days, _ in history] for history in histories_with_times]


def random_histories(seed, count):
    """Histories with every kind of step: same-day steps, lapses, long gaps, all first ratings."""
    rng = random.Random(seed)
    histories = []
    for card in range(count):
        time = rng.randrange(0, 60) * DAY
        reviews = [(rng.choice([1, 2, 3, 3, 3, 4]), 0, time)]
        for _ in range(rng.randrange(1, 9)):
            days = 0 if rng.random() < 0.2 else rng.choice([1, 1, 2, 3, 5, 8, 13, 21, 40, 90])
            time += days * DAY + rng.randrange(60, 3600)
            reviews.append((rng.choices([1, 2, 3, 4], [0.2, 0.15, 0.55, 0.1])[0], days, time))
        histories.append(reviews)
    return histories


def first_reviews_only(seed, count, first_ratings):
    """Questions reviewed once more after 1-5 days: every item is a first later-day review."""
    rng = random.Random(seed)
    histories = []
    for card in range(count):
        time = card * 600
        first = rng.choice(first_ratings)
        days = rng.choice([1, 1, 2, 2, 3, 4, 5])
        recall = rng.random() < {1: 0.7, 2: 0.8, 3: 0.9, 4: 0.97}[first] ** (days / 2)
        histories.append([(first, 0, time), (3 if recall else 1, days, time + days * DAY)])
    return histories


def perturbed(seed, decay, spread=0.3):
    """The defaults, each scaled by a factor drawn from 1 ± spread, within fsrs-rs's bounds."""
    rng = random.Random(seed)
    weights = []
    for index, value in enumerate(DEFAULTS):
        low, high = BOUNDS[index]
        weights.append(round(min(max(value * rng.uniform(1 - spread, 1 + spread), low), high), 4))
    weights[20] = decay
    return weights


def main():
    version = metadata.version(REFERENCE)
    if version != REFERENCE_VERSION:
        raise SystemExit(f"need {REFERENCE} {REFERENCE_VERSION}, found {version}")

    evaluations = []
    # fsrs-rs predicts and sums in float32: on a 626-item set with poor weights (log loss 0.86) its log loss
    # was 1.1e-6 from exact arithmetic (3.4e-7 of it from the float32 sums alone), so the sets stay small
    # enough for the 1e-6 the Swift test asks.
    for name, seed, count in [("mixed-small", 11, 40), ("mixed-larger", 12, 100)]:
        with_times = random_histories(seed, count)
        items = items_of(with_times)
        histories = strip(with_times)
        results = []
        for weights in [DEFAULTS, perturbed(5, 0.3), perturbed(6, 0.12)]:
            results.append({"weights": weights, **evaluate(weights, histories, items)})
        evaluations.append({"name": name, "histories": histories, "items": items, "results": results})

    pretraining = []
    for name, seed, count, ratings in [
        ("all-first-ratings", 21, 400, [1, 2, 3, 3, 4]),
        ("good-and-easy-only", 22, 300, [3, 3, 4]),
        ("again-only", 23, 120, [1]),
    ]:
        with_times = first_reviews_only(seed, count, ratings)
        items = items_of(with_times)
        histories = strip(with_times)
        found, card_ids = fsrs_items(histories, items)
        weights = fsrs.FSRS(DEFAULTS).compute_parameters(found, card_ids=card_ids)
        pretraining.append({"name": name, "histories": histories, "items": items, "weights": weights})

    learners = []
    for name, seed, cards, days, new_per_day, decay, spread in [
        ("learner-a", 17, 260, 150, 8, 0.3, 0.6),
        ("learner-b", 7, 600, 300, 10, 0.25, 0.3),
    ]:
        true_w = perturbed(seed, decay, spread)
        log = simulate_learner(seed, cards, days, new_per_day, true_w)
        with_times, _ = histories_from_log(log)
        items = items_of(with_times)
        histories = strip(with_times)
        train_count = len(items) * 3 // 4
        train, test = items[:train_count], items[train_count:]
        found, card_ids = fsrs_items(histories, train)
        fitted = fsrs.FSRS(DEFAULTS).compute_parameters(found, card_ids=card_ids)
        learners.append({
            "name": name,
            "trueWeights": true_w,
            "reviews": [[question, time, rating] for time, question, rating in log],
            "histories": histories,
            "items": items,
            "trainCount": train_count,
            "fsrsRsWeights": fitted,
            "heldOut": {
                "fsrsRs": evaluate(fitted, histories, test),
                "defaults": evaluate(DEFAULTS, histories, test),
                "true": evaluate(true_w, histories, test),
            },
        })

    output = {
        "reference": f"{REFERENCE} {version}",
        "evaluations": evaluations,
        "pretraining": pretraining,
        "learners": learners,
    }
    OUTPUT.write_text(json.dumps(output, separators=(",", ":")) + "\n")
    for learner in learners:
        print(learner["name"], len(learner["reviews"]), "reviews,", len(learner["items"]), "items,",
              learner["heldOut"])
    for case in pretraining:
        print(case["name"], len(case["items"]), "items,", [round(w, 4) for w in case["weights"][:4]])


if __name__ == "__main__":
    main()
