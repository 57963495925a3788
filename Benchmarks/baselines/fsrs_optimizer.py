#!/usr/bin/env python3
"""Reference optimizer timings: fsrs-rs-python 0.9.3 (what Anki runs) on the items bench-optimizer trains on.

    python3 Benchmarks/baselines/fsrs_optimizer.py make OUT.json REVIEWS      # the data set, once (cached)
    python3 Benchmarks/baselines/fsrs_optimizer.py time DATA.json LABEL RUNS  # one timing process per data set

`make` simulates a learner with Tools/fsrs/generate_optimizer_fixtures.py's committed generator (memory following
FSRS-6 with perturbed true weights), growing the number of questions until the log holds about REVIEWS answers,
and writes the histories, the items, and fsrs-rs's fitted weights and `evaluate` figures for them (card ids given,
the path Lectern always takes). `time` loads the set, calls compute_parameters RUNS times and prints
"optimizer fsrs-rs LABEL ANSWERS ITEMS BEST_SECONDS MEDIAN_SECONDS PEAK_MB", where PEAK_MB is this process's peak
resident memory (getrusage, data loading included), the figure bench-optimizer reports for Lectern.
"""
import json
import resource
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "Tools/fsrs"))
import fsrs_rs_python as fsrs  # noqa: E402
import generate_optimizer_fixtures as g  # noqa: E402


def items_for(data):
    histories = data["histories"]
    found = [fsrs.FSRSItem([fsrs.FSRSReview(r, t) for r, t in histories[h][: i + 1]]) for h, i in data["items"]]
    return found, [h for h, _ in data["items"]]


def make(out, reviews):
    cards = max(50, reviews // 17)
    true_w = g.perturbed(7, 0.25, 0.3)
    for _ in range(30):
        log = g.simulate_learner(7, cards, 365, max(1, cards // 300), true_w)
        if abs(len(log) - reviews) <= reviews * 0.05:
            break
        cards = max(50, int(cards * (1 + 0.6 * (reviews / max(len(log), 1) - 1))))
    with_times, _ = g.histories_from_log(log)
    data = {"answers": len(log), "histories": g.strip(with_times), "items": g.items_of(with_times)}
    found, card_ids = items_for(data)
    weights = fsrs.FSRS(g.DEFAULTS).compute_parameters(found, card_ids=card_ids)
    data["fsrsRsWeights"] = list(weights)
    metrics = fsrs.FSRS(list(weights)).evaluate(found)
    data["fsrsRsEvaluation"] = [metrics.log_loss, metrics.rmse_bins]
    Path(out).write_text(json.dumps(data))
    print(f"made {out}: {len(log)} answers, {len(data['items'])} items", file=sys.stderr)


def timing(path, label, runs):
    data = json.loads(Path(path).read_text())
    found, card_ids = items_for(data)
    seconds = []
    for _ in range(runs):
        start = time.perf_counter()
        fsrs.FSRS(g.DEFAULTS).compute_parameters(found, card_ids=card_ids)
        seconds.append(time.perf_counter() - start)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"optimizer fsrs-rs {label} {data['answers']} {len(data['items'])} {min(seconds):.4f}"
          f" {statistics.median(seconds):.4f} {peak:.1f}")


if sys.argv[1] == "make":
    make(sys.argv[2], int(sys.argv[3]))
else:
    timing(sys.argv[2], sys.argv[3], int(sys.argv[4]))
