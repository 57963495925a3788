#!/usr/bin/env python3
"""Writes the item-analysis fixture: a small class's review logs over Tests/Fixtures/courses/item-analysis, and the
figures the class report's item analysis must give for them, worked out here with numpy (docs/report-format.md,
"Item analysis", has every formula). Deterministic: run it again and nothing changes.

    python3 Tools/item-analysis/make_class.py      # from the package root; needs numpy

Writes Tests/Fixtures/item-analysis/class/<learner>/review-log.jsonl and Tests/Fixtures/item-analysis/expected.json.
The Swift tests read both and compare every figure to 1e-9; they do not need numpy.
"""

import json
import os
import shutil

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "Tests", "Fixtures", "item-analysis")
START = 1_741_000_000.0  # 2025-03-03, seconds since 1970
NOW = "2025-03-20T00:00:00Z"

# The fixture course's bank, in bank order: id, kind, options (choice, multi, truefalse), right answer(s), paragraph.
BANK = [
    ("what-united-them", "choice", ["A foe they both opposed", "A trade agreement", "A nuclear deal"], {0}, "p1"),
    ("crocker-judgement", "truefalse", ["true", "false"], {0}, "p1"),
    ("why-talks-stopped", "choice", ["A speech naming Iran", "A change of leader in Tehran", "The fall of the Taliban"], {0}, "p2"),
    ("long-silence", "truefalse", ["true", "false"], {0}, "p3"),
    ("who-talk-to-evil", "typed", None, "Dick Cheney", "p2"),
    ("year-of-the-call", "number", None, 2013, "p3"),
    ("who-spoke", "multi", ["Barack Obama", "Hassan Rouhani", "Ryan Crocker", "Dick Cheney"], {0, 1}, "p3"),
]
PARAGRAPHS = ["p1", "p2", "p3"]
LEARNERS = [f"l{n:02d}" for n in range(1, 13)]
# Wrong typed answers: two name another actor, one names nobody the course knows.
TYPED_WRONG = ["Crocker", "Ryan Crocker", "Rumsfeld", "Barack Obama"]
YEARS_WRONG = ["2014", "2012", "twenty"]

rng = np.random.default_rng(2026)


def review(qid, kind, at, response, outcome, credit, mode="quiz", chosen=None, form=None, overridden=False):
    record = {
        "answeredAt": at, "confidence": None, "contentHash": "", "credit": credit, "hintsUsed": 0, "kind": kind,
        "latency": 5.0, "mode": mode, "outcome": outcome, "overridden": overridden, "questionID": qid,
        "rating": 1 if outcome in ("incorrect", "partial") and credit < 0.5 else (None if outcome == "skipped" else 3),
        "response": response, "sourceShown": False, "type": "review", "v": 2,
    }
    if chosen is not None:
        record["chosen"] = chosen
    if form is not None:
        record["form"] = form
    return record


def answer(question, ability, at, mode="quiz", form=None):
    """One answer to `question` by a learner of `ability`, as Lectern would log it."""
    qid, kind, options, right, _ = question
    difficulty = {"what-united-them": -1.5, "crocker-judgement": -0.5, "why-talks-stopped": 0.0,
                  "long-silence": 3.0, "who-talk-to-evil": 0.5, "year-of-the-call": 0.2, "who-spoke": -0.2}[qid]
    knows = rng.random() < 1 / (1 + np.exp(-(ability - difficulty) * 1.7))
    if rng.random() < 0.06:
        return review(qid, kind, at, "", "skipped", 0, mode, form=form)
    if kind in ("choice", "truefalse"):
        wrong = [i for i in range(len(options)) if i not in right]
        # A strong learner who does not know picks the second option: a distractor that draws the strong.
        pick = min(right) if knows else (wrong[0] if ability > 0.3 or len(wrong) == 1 else int(rng.choice(wrong)))
        ok = pick in right
        shown = str(pick + 1) if kind == "choice" else options[pick][0]
        return review(qid, kind, at, shown, "correct" if ok else "incorrect", 1 if ok else 0, mode,
                      chosen=[options[pick]], form=form)
    if kind == "multi":
        picks = sorted(right) if knows else sorted(set([0] + [int(rng.integers(2, 4))]))
        credit = max(0, len(set(picks) & right) - len(set(picks) - right)) / len(right)
        outcome = "correct" if credit >= 1 else ("partial" if credit > 0 else "incorrect")
        return review(qid, kind, at, " ".join(str(p + 1) for p in picks), outcome, credit, mode,
                      chosen=[options[p] for p in picks], form=form)
    if kind == "typed":
        text = right if knows else TYPED_WRONG[int(rng.integers(0, len(TYPED_WRONG)))]
        return review(qid, kind, at, text, "correct" if knows else "incorrect", 1 if knows else 0, mode, form=form)
    text = str(right) if knows else YEARS_WRONG[int(rng.integers(0, len(YEARS_WRONG)))]
    return review(qid, kind, at, text, "correct" if knows else "incorrect", 1 if knows else 0, mode, form=form)


def write_class():
    """The logs: quizzes in a random order with re-asks, one override, flags, exam form 42 (7 learners, one of them
    unfinished) and form 7 (2 learners). Returns each learner's records."""
    logs = {}
    abilities = dict(zip(LEARNERS, np.linspace(-1.6, 1.8, len(LEARNERS))))
    for number, name in enumerate(LEARNERS):
        ability = abilities[name]
        at = START + number * 3600.0
        records = []
        if name == "l12":  # added, never started: an empty log
            logs[name] = records
            continue
        order = rng.permutation(len(BANK))
        # l11 answers one question only: no rest score.
        if name == "l11":
            order = order[:1]
        for index in order:
            at += 30.5
            records.append(answer(BANK[index], ability, at))
            if records[-1]["outcome"] != "correct" and rng.random() < 0.5:
                at += 30.5
                records.append(answer(BANK[index], ability, at))  # a re-ask: not a first answer
        if name == "l03":
            # An override: the typed answer graded wrong, undone, then counted as right.
            at += 30.5
            wrong = review("who-talk-to-evil", "typed", at, "D. Cheney", "incorrect", 0)
            records.append(wrong)
            records.append({"answeredAt": at, "at": at + 2, "questionID": "who-talk-to-evil", "type": "undo", "v": 2})
            records.append(review("who-talk-to-evil", "typed", at, "D. Cheney", "correct", 1, overridden=True))
        if name in ("l02", "l07"):
            at += 10
            records.append({"at": at, "note": f"the answer is given away ({name})", "questionID": "long-silence",
                            "type": "flag", "v": 1})
        if number < 7:
            taken = BANK if name != "l05" else BANK[:4]  # l05 stops the exam after four questions
            for question in taken:
                at += 40.25
                records.append(answer(question, ability, at, mode="exam", form="42"))
        if name in ("l08", "l09"):
            for question in BANK:
                at += 40.25
                records.append(answer(question, ability, at, mode="exam", form="7"))
        logs[name] = records
    shutil.rmtree(os.path.join(OUT, "class"), ignore_errors=True)
    for name, records in logs.items():
        folder = os.path.join(OUT, "class", name)
        os.makedirs(folder)
        with open(os.path.join(folder, "review-log.jsonl"), "w") as log:
            for record in records:
                log.write(json.dumps(record, sort_keys=True, separators=(",", ":"), ensure_ascii=False) + "\n")
    return logs


def kept(records):
    """The answers replay keeps: an undo cancels the latest answer when it names it."""
    result, latest = [], None
    for record in records:
        if record["type"] == "review":
            latest = len(result)
            result.append(record)
        elif record["type"] == "undo" and latest is not None:
            last = result[latest]
            if last["questionID"] == record["questionID"] and abs(last["answeredAt"] - record["answeredAt"]) < 5e-4:
                result.pop(latest)
                latest = None
    return result


def named_instead(question, response):
    """What a wrong typed answer names instead of the right one, as the report reads it."""
    qid, kind = question[0], question[1]
    if kind == "typed":
        actor = {"crocker": "Ryan Crocker", "ryan crocker": "Ryan Crocker", "barack obama": "Barack Obama",
                 "obama": "Barack Obama", "rouhani": "Hassan Rouhani"}.get(response.lower())
        return actor
    if kind == "number":
        return response if response.isdigit() and response != "2013" else None
    return None


def analyse(logs):
    ids = [q[0] for q in BANK]
    answers = {name: kept(records) for name, records in logs.items()}
    first = {name: {} for name in LEARNERS}  # learner -> bank index -> (credit, chosen)
    for name in LEARNERS:
        for record in answers[name]:
            index = ids.index(record["questionID"])
            first[name].setdefault(index, (float(record["credit"]), record.get("chosen")))
    totals = {name: sum(first[name][i][0] for i in sorted(first[name])) for name in LEARNERS}
    counts = {name: len(first[name]) for name in LEARNERS}
    questions = []
    for index, question in enumerate(BANK):
        qid, kind, options, right, paragraph = question
        takers = [n for n in LEARNERS if index in first[n]]
        x = np.array([first[n][index][0] for n in takers])
        rested = [(n, first[n][index], (totals[n] - first[n][index][0]) / (counts[n] - 1))
                  for n in takers if counts[n] > 1]
        xs = np.array([r[1][0] for r in rested])
        rests = np.array([r[2] for r in rested])
        discrimination = None
        if len(rested) >= 3 and xs.var() > 0 and rests.var() > 0:
            discrimination = float(np.corrcoef(xs, rests)[0, 1])
        entry = {"id": qid, "learners": len(takers), "facility": float(x.mean()),
                 "answers": sum(1 for n in LEARNERS for r in answers[n] if r["questionID"] == qid),
                 "overrides": sum(1 for n in LEARNERS for r in answers[n] if r["questionID"] == qid and r["overridden"]),
                 "discrimination": discrimination}
        if options is not None:
            ranked = sorted([r for r in rested if r[1][1] is not None], key=lambda r: (r[2], LEARNERS.index(r[0])))
            third = len(ranked) // 3
            bottom, top = ranked[:third], ranked[len(ranked) - third:]
            entry["thirdSize"] = third
            entry["options"] = [{
                "text": text, "isRight": i in right,
                "picks": sum(1 for n in takers if first[n][index][1] and text in first[n][index][1]),
                "topThird": sum(1 for r in top if text in r[1][1]),
                "bottomThird": sum(1 for r in bottom if text in r[1][1]),
            } for i, text in enumerate(options)]
        else:
            named = {}
            for n in LEARNERS:
                seen = set()
                for r in answers[n]:
                    if r["questionID"] == qid and r["outcome"] in ("incorrect", "partial"):
                        other = named_instead(question, r["response"])
                        if other:
                            seen.add(other)
                for other in seen:
                    named[other] = named.get(other, 0) + 1
            entry["confusions"] = sorted(({"named": k, "learners": v} for k, v in named.items()),
                                         key=lambda c: (-c["learners"], c["named"]))
        entry["flags"] = sum(1 for n in LEARNERS for r in logs[n] if r["type"] == "flag" and r["questionID"] == qid)
        questions.append(entry)
    paragraphs = []
    for paragraph in PARAGRAPHS:
        marks = [first[n][i][0] for i, q in enumerate(BANK) if q[4] == paragraph for n in LEARNERS if i in first[n]]
        paragraphs.append({"id": paragraph, "questions": sum(1 for q in BANK if q[4] == paragraph),
                           "firstAnswers": len(marks), "facility": float(np.mean(marks))})
    forms = []
    for form in ["7", "42"]:
        taken = {}
        for n in LEARNERS:
            marks = {}
            for r in answers[n]:
                if r.get("form") == form:
                    marks.setdefault(ids.index(r["questionID"]), float(r["credit"]))
            if marks:
                taken[n] = marks
        items = sorted(set(i for m in taken.values() for i in m))
        complete = [m for m in taken.values() if len(m) == len(items)]
        entry = {"id": form, "items": len(items), "learners": len(complete), "incomplete": len(taken) - len(complete)}
        if len(complete) >= 5:
            scores = np.array([[m[i] for i in items] for m in complete])
            total = scores.sum(axis=1)
            p = len(items)
            alpha = p / (p - 1) * (1 - scores.var(axis=0, ddof=1).sum() / total.var(ddof=1))
            sd = float(total.std(ddof=1))
            distribution = [0] * (p + 1)
            for t in total:
                distribution[min(p, int(np.floor(t)))] += 1
            entry.update({"mean": float(total.mean()), "standardDeviation": sd, "alpha": float(alpha),
                          "standardError": sd * float(np.sqrt(1 - alpha)), "distribution": distribution})
        forms.append(entry)
    return {"now": NOW, "learners": LEARNERS, "questions": questions, "paragraphs": paragraphs, "forms": forms}


def main():
    logs = write_class()
    expected = analyse(logs)
    with open(os.path.join(OUT, "expected.json"), "w") as out:
        json.dump(expected, out, indent=2, sort_keys=True)
        out.write("\n")


if __name__ == "__main__":
    main()
