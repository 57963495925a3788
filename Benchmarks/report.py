#!/usr/bin/env python3
"""Turns Benchmarks/.data/results.txt (written by Benchmarks/run.sh) into a table and docs/performance.md.

    python3 Benchmarks/report.py RESULTS --command "make bench" [--output docs/performance.md | --output -]

Every figure is a ratio of medians against a baseline measured in the same run, with each side's median and
spread (min-max and the interquartile range).
"""
import argparse
import statistics
from collections import defaultdict

parser = argparse.ArgumentParser()
parser.add_argument("results")
parser.add_argument("--command", default="make bench")
parser.add_argument("--output", default="docs/performance.md")
args = parser.parse_args()

meta = {}
startup = defaultdict(list)
first = defaultdict(list)  # label -> [(seconds to the prompt, seconds to the first reply)]
answer = defaultdict(list)
answer_sessions = defaultdict(list)
bare = []
fsrs = defaultdict(list)
rebuild = defaultdict(list)  # side -> [(seconds, peak KiB, lines)]
whole_rebuild = []
klass = []
class_pending = False
course = defaultdict(list)  # label -> [(total, loading, questions, peak)]
wrap = defaultdict(list)  # (label, characters) -> [seconds]
optimizer = defaultdict(list)  # (side, label) -> [(answers, items, best, median, peak MB)], one per round
simulate = defaultdict(list)  # label -> [(retentions, best, median, peak MB)]
for line in open(args.results):
    words = line.split()
    if not words:
        continue
    kind = words[0]
    if kind == "meta":
        meta[words[1]] = " ".join(words[2:])
    elif kind == "startup":
        startup[words[1]].append(float(words[3]))
    elif kind == "first":
        first[words[1]].append((float(words[3]), float(words[4])))
    elif kind == "answer":
        answer[words[1]].append(float(words[4]))
    elif kind == "answer-sessions":
        answer_sessions[words[1]].append(float(words[4]))
    elif kind == "append":
        bare.append(float(words[2]))
    elif kind == "fsrs":
        fsrs[words[1]].append(float(words[3]))
    elif kind == "rebuild":
        rebuild[words[1]].append((float(words[2]), int(words[3]), int(words[4])))
    elif kind == "wholeprocess":
        whole_rebuild.append((float(words[2]), int(words[3])))
    elif kind == "class":
        if words[1] == "pending":
            class_pending = True
        else:
            klass.append((float(words[1]), int(words[2])))
    elif kind == "wrap":
        wrap[(words[1], int(words[2]))].append(float(words[3]))
    elif kind == "course":
        course[words[1]].append((float(words[3]), float(words[4]), int(words[5]), int(words[6])))
    elif kind == "optimizer":
        # optimizer SIDE LABEL ANSWERS ITEMS BEST MEDIAN PEAK_MB (bench-optimizer; baselines/fsrs_optimizer.py time)
        optimizer[(words[1], words[2])].append(
            (int(words[3]), int(words[4]), float(words[5]), float(words[6]), float(words[7])))
    elif kind == "simulate":
        # simulate lectern LABEL RETENTIONS BEST MEDIAN PEAK_MB (bench-optimizer --simulate)
        simulate[words[2]].append((int(words[3]), float(words[4]), float(words[5]), float(words[6])))


def quartiles(values):
    if len(values) < 2:
        return values[0], values[0]
    q = statistics.quantiles(values, n=4, method="inclusive")
    return q[0], q[2]


def ms(seconds):
    return f"{seconds * 1000:.1f} ms" if seconds < 10 else f"{seconds:.2f} s"


def seconds_text(seconds):
    return f"{seconds * 1000:.2f} ms" if seconds < 1 else f"{seconds:.2f} s"


def spread(values, unit=seconds_text):
    low, high = quartiles(values)
    return f"{unit(min(values))}–{unit(max(values))} (IQR {unit(low)}–{unit(high)}, n={len(values)})"


def mib(kib):
    return f"{kib / 1024:.0f} MiB"


rows = []  # (figure, ratio, ours, baseline, floor, verdict)
verdicts = []


def verdict(ok):
    return "**met**" if ok else "**missed**"


# 1. Start-up.
if startup.get("baseline") and startup.get("a100000"):
    base = statistics.median(startup["baseline"])
    ours = statistics.median(startup["a100000"])
    ratio = ours / base
    rows.append(("1. Start-up to the first prompt (pty), 100,000 answers logged", f"{ratio:.2f}×",
                 f"{seconds_text(ours)}; {spread(startup['a100000'])}",
                 f"{seconds_text(base)}; {spread(startup['baseline'])}", "≤ 1.5×", verdict(ratio <= 1.5)))
# 2. One answer.
if answer.get("baseline") and answer.get("a100000"):
    base = statistics.median(answer["baseline"])
    ours = statistics.median(answer["a100000"])
    ratio = ours / base
    rows.append(("2. One answer, Enter to the next question on screen (pty), 100,000 answers logged",
                 f"{ratio:.2f}×", f"{seconds_text(ours)}; {spread(answer['a100000'])}",
                 f"{seconds_text(base)}; {spread(answer['baseline'])}", "≤ 1.3×", verdict(ratio <= 1.3)))
# 3. FSRS.
if fsrs.get("swift") and fsrs.get("python"):
    ours = statistics.median(fsrs["swift"])
    base = statistics.median(fsrs["python"])
    ratio = ours / base
    per = lambda v: f"{v / 1e6:.2f} M/s" if v >= 1e6 else f"{v / 1e3:.1f} k/s"  # noqa: E731
    rows.append(("3. FSRS reviews per second, same sequences", f"{ratio:.0f}× faster",
                 f"{per(ours)}; {spread(fsrs['swift'], per)}", f"{per(base)}; {spread(fsrs['python'], per)}",
                 "≥ 50× faster", verdict(ratio >= 50)))
# 4. Rebuild.
if rebuild.get("swift") and rebuild.get("python"):
    ours = [r[0] for r in rebuild["swift"]]
    base = [r[0] for r in rebuild["python"]]
    ratio = statistics.median(ours) / statistics.median(base)
    rows.append(("4. Rebuild a snapshot from 1,000,000 answers (in process)", f"{ratio:.2f}×",
                 f"{seconds_text(statistics.median(ours))}; {spread(ours)}; peak {mib(max(r[1] for r in rebuild['swift']))}",
                 f"{seconds_text(statistics.median(base))}; {spread(base)}; peak {mib(max(r[1] for r in rebuild['python']))}",
                 "≤ 1× (not slower)", verdict(ratio <= 1.0)))
# 5. Class report.
if klass:
    times = [k[0] for k in klass]
    median = statistics.median(times)
    rows.append(("5. Class report, 1,000 learners × a year (whole process), with the item analysis (reads every log)", "—",
                 f"{seconds_text(median)}; {spread(times)}; peak {mib(max(k[1] for k in klass))}", "—",
                 "< 2 s", verdict(median < 2)))
elif class_pending:
    rows.append(("5. Class report, 1,000 learners × a year", "—",
                 "**pending**: `lectern report --class` is not on this branch yet", "—", "< 2 s", "pending"))

table = ["| figure | ratio | Lectern: median; min–max (IQR) | baseline: median; min–max (IQR) | floor | verdict |",
         "|---|---|---|---|---|---|"]
table += [f"| {' | '.join(row)} |" for row in rows]

growth = ["| logged answers | start-up median (IQR) | ×baseline | one answer median (IQR) | ×baseline |",
          "|---|---|---|---|---|"]
base_start = statistics.median(startup["baseline"]) if startup.get("baseline") else None
base_answer = statistics.median(answer["baseline"]) if answer.get("baseline") else None
for n in (1000, 10000, 100000, 1000000):
    key = f"a{n}"
    if key not in startup and key not in answer:
        continue
    cells = [f"{n:,}"]
    for series, base in ((startup.get(key), base_start), (answer.get(key), base_answer)):
        if series:
            low, high = quartiles(series)
            cells += [f"{seconds_text(statistics.median(series))} ({seconds_text(low)}–{seconds_text(high)})",
                      f"{statistics.median(series) / base:.2f}×" if base else "—"]
        else:
            cells += ["—", "—"]
    growth.append(f"| {' | '.join(cells)} |")

loader = ["| course | questions in the bank | load + bank median (min–max) | of which CourseLoader.load | peak memory |",
          "|---|---|---|---|---|"]
for label in ("x1", "x10", "x100"):
    if label in course:
        samples = course[label][1:] if len(course[label]) > 1 else course[label]  # first run warms caches
        totals = [s[0] for s in samples]
        loads = [s[1] for s in samples]
        loader.append(f"| {label[1:]}× | {samples[0][2]:,} | {seconds_text(statistics.median(totals))} "
                      f"({seconds_text(min(totals))}–{seconds_text(max(totals))}) | "
                      f"{seconds_text(statistics.median(loads))} | {mib(max(s[3] for s in samples))} |")


def growth_words():
    words = []
    s = {n: statistics.median(startup[f"a{n}"]) for n in (1000, 1000000) if f"a{n}" in startup}
    if len(s) == 2:
        words.append(f"start-up goes from {seconds_text(s[1000])} at 1k answers to {seconds_text(s[1000000])} at 1M "
                     f"({s[1000000] / s[1000]:.2f}× for 1000× the history)")
    a = {n: statistics.median(answer[f"a{n}"]) for n in (1000, 1000000) if f"a{n}" in answer}
    if len(a) == 2:
        words.append(f"one answer goes from {seconds_text(a[1000])} to {seconds_text(a[1000000])} "
                     f"({a[1000000] / a[1000]:.2f}×)")
    c = {label: statistics.median([x[0] for x in course[label][1:] or course[label]]) for label in ("x1", "x100") if label in course}
    if len(c) == 2:
        words.append(f"loading the course goes from {seconds_text(c['x1'])} at 1× to {seconds_text(c['x100'])} at 100× "
                     f"({c['x100'] / c['x1']:.0f}× for 100× the content)")
    return words


def span(values, digits=4):
    low, high = min(values), max(values)
    return f"{low:.{digits}f}" if f"{low:.{digits}f}" == f"{high:.{digits}f}" else f"{low:.{digits}f}-{high:.{digits}f}"


def optimizer_section():
    """The optimizer table (fsrs-rs against Lectern, per data set) and the retention simulation, from the
    `optimizer` and `simulate` rows; nothing when the run has none. Each round of a side is one row; ratios pair
    the rounds in the order they ran."""
    labels = sorted({label for (side, label) in optimizer if side == "lectern"}, key=lambda l: int(l) if l.isdigit() else l)
    rows = ["| data | fsrs-rs `compute_parameters` | Lectern train | Lectern train + keep-if-better guard | floor (≤ 3× fsrs-rs, < 2 s) |",
            "|---|---|---|---|---|"]
    for label in labels:
        ours, guard, base = (optimizer.get((side, label), []) for side in ("lectern", "lectern-guard", "fsrs-rs"))
        answers, items = ours[0][0], ours[0][1]

        def cell(series, memory=True):
            if not series:
                return "—"
            text = f"{span([r[2] for r in series])} s ({span([r[3] for r in series])})"
            return text + (f", {max(r[4] for r in series):.0f} MB" if memory else "")

        if base:
            ratios = [o[2] / b[2] for o, b in zip(ours, base)]
            guarded = [g[2] / b[2] for g, b in zip(guard, base)]
            ok = max(ratios) <= 3 and max(r[2] for r in ours) < 2
            words = f"{span(ratios, 1)}×" + (f"; {span(guarded, 1)}× with the guard" if guarded else "")
            floor = f"{'met' if ok else '**missed**'} ({words})"
        else:
            floor = "no baseline in this run"
        rows.append(f"| {answers:,} answers, {items:,} items | {cell(base)} | {cell(ours)} | {cell(guard, False)} | {floor} |")
    lines = []
    if labels:
        lines += ["Per data set, `python3 Benchmarks/baselines/fsrs_optimizer.py time DATA N 5` (fsrs-rs-python",
                  "`compute_parameters`, card ids given) and `bench-optimizer --data DATA --label N --runs 5` on the same",
                  "items (`fsrs_optimizer.py make`: the committed generator's simulated learner), in rounds that alternate the",
                  "two. Each cell is the best of 5 (the median in brackets), over the rounds; memory is the peak resident set of",
                  "the whole process, data loading included. Before timing, `bench-optimizer` checks that its fit equals",
                  "fsrs-rs's (weights within 1e-2 relative, log loss and RMSE(bins) within 1e-4) and stops otherwise.",
                  "", *rows]
    for label, runs in sorted(simulate.items()):
        lines += ["", f"The retention simulation (`bench-optimizer --simulate`, as `settings retention --simulate`: "
                  f"{runs[0][0]} retentions, {label.replace('x', ' new questions over ')} days at 10 new a day) takes "
                  f"{span([r[1] for r in runs])} s (median {span([r[2] for r in runs])} s), {max(r[3] for r in runs):.0f} MB."]
    return "\n".join(lines)


extra = []
for label, words in (("a100000-options", "with the course, progress folder and learner given as options "
                      "(`--course … --progress-dir … --learner …`) instead of LECTERN_* variables, through the argument "
                      "parser"),
                     ("a100000-unstamped", "with no usable course stamp (its cache folder cannot be made), so the "
                      "course is loaded and checked before the prompt, as at the first start after a change")):
    if startup.get(label) and startup.get("baseline"):
        ours, base = statistics.median(startup[label]), statistics.median(startup["baseline"])
        extra.append(f"- Start-up to the first prompt {words}: median {seconds_text(ours)}, {spread(startup[label])}; "
                     f"{ours / base:.2f}× the baseline.")
for label, words in (("a100000", "with a course stamp"), ("a100000-unstamped", "without a course stamp")):
    if first.get(label):
        prompts = [p for p, _ in first[label]]
        replies = [r for _, r in first[label]]
        extra.append(f"- Start-up to the answer of `lessons` typed the moment the prompt shows, {words}: prompt after "
                     f"{seconds_text(statistics.median(prompts))}, the lesson list after "
                     f"{seconds_text(statistics.median(replies))} (medians, n={len(replies)}; {spread(replies)}).")
if answer_sessions.get("a100000") and answer_sessions.get("baseline"):
    ours, base = statistics.median(answer_sessions["a100000"]), statistics.median(answer_sessions["baseline"])
    extra.append(f"- One answer timed as the harness first did, a whole session of one program and then of the other "
                 f"(`ptydrive answer-sessions`), 100,000 answers logged: Lectern {seconds_text(ours)}, "
                 f"{spread(answer_sessions['a100000'])}; baseline {seconds_text(base)}, "
                 f"{spread(answer_sessions['baseline'])}; {ours / base:.2f}×. Bursts of other work on the shared cores "
                 f"then fall on one side of the ratio for a whole session; answer by answer, both sides share them.")
if bare:
    low, high = quartiles(bare)
    extra.append(f"- The bare durable write alone, in process (`DurableFile.append` of the same record: open, write, "
                 f"`fdatasync`, close): median {seconds_text(statistics.median(bare))}, IQR {seconds_text(low)}–"
                 f"{seconds_text(high)}, n={len(bare)}.")
if whole_rebuild:
    t, peak = whole_rebuild[0]
    extra.append(f"- `lectern progress rebuild` on the 1,000,000-answer learner as a whole process (course load, "
                 f"rebuild, snapshot write): {t:.2f} s, peak {mib(peak)} (one run).")
for label, words in (("word", "one word"), ("prose", "prose")):
    sizes = sorted(n for (name, n) in wrap if name == label)
    if len(sizes) == 2:
        small, large = (statistics.median(wrap[(label, n)]) for n in sizes)
        extra.append(f"- Wrapping {words} to 80 columns (`bench-wrap`, TextWrapper.wrap): {sizes[0]:,} characters "
                     f"{seconds_text(small)}, {sizes[1]:,} characters {seconds_text(large)}; ratio "
                     f"{large / small:.1f} for {sizes[1] // sizes[0]}× the text (linear near {sizes[1] // sizes[0]}, "
                     f"quadratic near {(sizes[1] // sizes[0]) ** 2}).")
if rebuild.get("swift"):
    extra.append(f"- The rebuild replays {rebuild['swift'][0][2]:,} records; Python reads {rebuild['python'][0][2]:,} lines.")

text = f"""# Performance

Measured by `make bench` (Benchmarks/run.sh, then Benchmarks/report.py). Every figure is a ratio against a
baseline measured in the same run, interleaved with it where both are whole processes; each side shows its median
and spread. Regenerate this file with the command below; do not edit the numbers by hand.

## Machine and command

- Command: `{args.command}`
- Date: {meta.get('date', '?')}; commit {meta.get('commit', '?')}
- CPU: {meta.get('cpu', '?')}; `nproc` {meta.get('nproc', '?')}; memory {meta.get('memory', '?')}; load average at the start {meta.get('load', '?')} (the cores are shared with other work)
- Kernel {meta.get('kernel', '?')}; file system {meta.get('filesystem', '?')}
- {meta.get('swift', '?')}, release build; {meta.get('python', '?')}
- Runs: {meta.get('runs', '?')}

## Floors

{chr(10).join(table)}

How each is measured:

1. `ptydrive` (Benchmarks/Sources/ptydrive, `forkpty`, 100×30, `TERM=xterm-256color`, `INPUTRC=/dev/null`) times
   from `fork` until `lectern>` is on the terminal, then sends Ctrl-D. Lectern runs as `lectern`, as a learner starts
   it, on the bundled course (named by `LECTERN_COURSE`) with a learner (`LECTERN_LEARNER`) whose log holds 100,000
   answers and a current snapshot, and a current course stamp (one start is made first), so the course loads
   behind the prompt; "Other figures" gives the start with options on the command line, the start without a stamp,
   and how soon a first command is answered. The baseline is `baseline-prompt`, a Swift program
   that links Foundation and GNU readline and shows the same prompt. Runs alternate baseline, Lectern, baseline…
2. In `lectern quiz --kind choice`, `ptydrive` types `1` and Enter and times until the next question's prompt is on
   the terminal (feedback, durable append and the next question included). The baseline, `baseline-answer`, is driven
   the same way: at each Enter it appends the same review record with `open(O_APPEND)`, `write`, `fdatasync`,
   `close` and shows the next prompt. All the programs of a run are started, each in its own terminal, and answer in
   turn, answer by answer (baseline, 1k, 10k, 100k, 1M, baseline…), 2 ms after their prompt; so a burst of other work
   slows the answers on both sides of a ratio alike. The first 20 answers of each session are timed; a session never
   reaches the 64-append snapshot write (`LearnerStore.snapshotInterval`), which happens once per 64 answers and at
   close.
3. `bench-fsrs` replays the 360 committed conformance sequences (`Tests/Fixtures/fsrs/vectors.json`, 5,826 reviews
   over 23 scheduler configurations) through `FSRSScheduler.review`, after checking every state equals the reference's;
   `baselines/fsrs_reviews.py` replays the same sequences through `fsrs.Scheduler.review_card`.
4. `bench-rebuild` opens the learner and times `LearnerStore.rebuild` (read the whole log, decode and replay every
   line, write the snapshot) in process; `baselines/json_loads.py` times reading the same file and `json.loads` of
   every line. Memory is each process's peak resident set (`ru_maxrss`).
5. `/usr/bin/time` around `lectern report --class DIR` (text, the default format) over 1,000 learner folders made by
   `gen-class` (50 simulated learners with a year of history, repeated under 1,000 names: snapshots copied, logs
   hard-linked). The report reads every learner's snapshot and, for the item analysis, whole review log.

## How cost grows

{chr(10).join(growth)}

{chr(10).join(loader)}

{('In words: ' + '; '.join(growth_words()) + '.') if growth_words() else ''}

Synthetic courses come from `gen-course`: every lesson and authored question file copied 10 or 100 times with
fresh ids (the article and the knowledge base once); the bank adds the generated questions.
{(chr(10) + '## Fitting FSRS (optimizer) and the retention simulation' + chr(10) + chr(10) + optimizer_section() + chr(10)) if optimizer or simulate else ''}
## Other figures

{chr(10).join(extra)}

## What was found and changed

Profiles with `perf record -g` on the release binary, and timestamps taken inside a traced build; before/after
figures are interleaved runs of this harness's programs on the same machine (other work shares its two cores, so
only figures from one run are compared).

**Start-up** (floor 1).
- It was 580 ms (77× the baseline) at commit f1df704: question generation ran twice and compared every actor with
  every other. Normalising each actor's keys once brought it to about 210 ms, and later work on the loader to
  82 ms (10.9×). What was left was loading and checking the course itself, about 50 ms, on every start.
- The course is now stamped (`CourseStamp`): once it has loaded cleanly, a small file in `~/.cache/lectern/` records
  a fingerprint of every file under `Lessons/` and `Quizzes/` and of the program. When the fingerprint still
  matches, the prompt is shown at once and the course loads on a second thread (`Deferred`); the first command
  that needs it waits (see "Other figures" for how long a command typed at once waits). When it does not match,
  the course is loaded and checked before the prompt as before, so a broken course is still reported before any
  prompt. This took start-up from about 70 ms to about 18 ms in an interleaved run.
- The rest was found with timestamps between the steps before the prompt:
  - swift-argument-parser derived every command's name with `String(describing:)`, about 1 ms of conformance
    look-ups; every command now names itself. `lectern` alone (how a learner starts it) skips the parser,
    about 2 ms less than the same start with options;
  - the lock note was written by cutting the lock file to nothing and writing again, which freed and allocated a
    block: 0.3 to 3 ms. It is now written over the old note and cut to length;
  - the snapshot (160 KB for 100,000 answers) is read straight from its bytes (below), about 1 ms;
  - the lock holder's start time no longer makes an `ISO8601DateFormatter`.
- Before the prompt, Lectern now spends about 3.5 ms in `main`: reading the environment and locating the course
  (0.7 ms), the fingerprint (0.35 ms), taking the lock (0.4 ms), the snapshot (1.1 ms), and readline and the greeting
  (0.5 ms). Everything else is the process start that the baseline has too. Start-up stays flat from 1,000 to
  1,000,000 answers, because only the log's tail past the snapshot is read.

**One answer** (floor 2).
- At 3.1× it spent about 1 ms of CPU per answer against an `fdatasync` of 0.2 to 0.4 ms on this machine (there is
  no journal on this file system).
- The costs that were removed:
  - choosing the quoted sentence split and re-normalised the cited paragraphs at every answer; a `PassageFinder`
    now does that once per quiz;
  - `JSONEncoder` wrote the log line; a writer that is byte-identical to it (tested over thousands of random
    records) does it now;
  - NSString trimming;
  - the terminal width was read for every wrapped line;
  - wrapping split every line into a `String` per word; it now works on the line's bytes whenever that gives the
    same text (tested against the old wrapper);
  - a regular expression was compiled for every sentence;
  - the course content was copied at every lookup, and each question's content hash was worked out twice an
    answer (the bank keeps them now);
  - the appended line was decoded again to learn the record as the file holds it; only its dates change on the
    way through the file, so they are now rounded the same way directly (tested against the decoder).
  That is 3.1× down to about 1.5×.
- Timestamps inside a traced build then showed about 0.1 ms between readline's return and its next call, besides
  the `fdatasync`. What came off it, in the order it was done:
  - **drawing ahead** (measured and removed since). While the learner read a question, the quiz drew the
    explanation and the next question ahead (`Screen.drawAhead`, `Drafts`), a second rendering path. Measured
    again with `Benchmarks/ab-answer.sh` (2026-12-02, commit ea20c17 with drawing ahead against the same code
    without it, both answering in turn with the baseline, 400 answers each, on cores shared with other builds):
    1.17× against 1.17× the bare durable append, and 1.02× against 1.03× in a second run. Floor 2 holds without
    it, so it was removed: one way to draw a reply;
  - trimming with Foundation's `CharacterSet` (about 1 µs a test, twice a line); `ScalarSet` holds the same rules
    and is checked against `CharacterSet` over every Unicode scalar, which found that Foundation counts U+200B;
  - array literals in the log line writer (an allocation per key), `String(radix:)` for the line fingerprint, a
    generic call to validate the typed line, and rebuilding a prompt that has no escape codes;
  - a copy of the quiz screen kept alive while the line was read, so that handling the answer copied the
    session's arrays;
  - asking the course loader for the bank at every answer; day names built from five strings;
  - opening and closing the log at every answer: the log now stays open while the learner's lock is held
    (`DurableFile.Appender`); the `fstat` that each append needs anyway tells whether the file still has a name,
    so a log replaced by a repair's rename, or deleted, is opened again. About 0.01 ms.
- Measuring changed too. The harness first ran a whole session of one program, then of the other, with 80 answers a
  side. On these two shared cores, a burst of other work then fell on one side of the ratio for a whole session,
  and the same two builds measured anywhere from 1.2× to 1.5× from one run to the next. The programs now wait at
  their prompts side by side and answer in turn, answer by answer, with 400 answers a side. In that harness the
  build this work started from (d1e124d) measured 1.23× and 1.28× in two runs against 1.14× and 1.12× for this
  build; the first design's figure for this build is under "Other figures".
- What is left, about 0.05 ms, is spread thin: grading, encoding and applying the record, the verdict lines of
  the feedback, and writing about 1.5 KB to the terminal. Much of it is the first touch of code and data after the
  learner's pause: encoding the log line takes about 1.5 µs in a loop and about 8 µs in place.
- Tried and dropped:
  - running the `fdatasync` on another thread while the reply is drawn was slower on this VM, where `fdatasync`
    holds the CPU;
  - writing the reply and the next prompt in one `write` (readline's `rl_already_prompted`) made no difference;
  - appending to a copy of the 100,000-answer log instead of a fresh file changed nothing in the baseline (0.31 ms
    against 0.32 ms, and in a later traced run 152 µs against 151 µs for the `fdatasync` alone), so the
    baseline is a fair one.

**Rebuild** (floor 4).
- It spent 80% of its time in `JSONDecoder`. A byte-level reader for the log's own flat lines took 100,000 records
  from 5.5 s to 0.4 s. It falls back to `JSONDecoder` for anything it does not fully understand.
- Peak memory was about 1 GB for 1,000,000 answers: the whole file and every decoded entry, held at once by
  `ReviewLog.scan`. Opening and rebuilding now read the log 4 MB at a time and apply each record as it is read
  (`ReviewLog.LineScanner`; a test scans logs with every kind of line in pieces from 1 byte up and compares all it
  finds with reading them whole). That took the peak to about 31 MB and the rebuild from about 4.3 s to 3.1 s.
  `progress verify`, which compares the snapshot file with the replay record by record, still reads the log whole.

**Class report** (floor 5).
- It first took about 7 s, 82% of it in `JSONDecoder` over 1,000 pretty-printed snapshots. A strict JSON parser
  and compact snapshots brought it to about 2.4 s.
- Snapshots are now read straight from their bytes, with no tree:
  - numbers are read exactly, with Clinger's fast path and 128-bit rounding, tested bit for bit against
    `Double(String)`;
  - field names are compared as bytes, in the order the files have them;
  - anything unusual falls back to `JSONDecoder`, so damaged files are worded as before (tested with randomly
    damaged snapshots).
- Each learner's part is summarised on the thread that read its snapshot, which is then dropped.
- Together, 1.23 s became 0.51 s and peak memory 257 MB became 42 MB, interleaved, 5 runs each. Text, JSON, CSV,
  HTML and Markdown output are byte-identical over the 1,000 learners.
- The item analysis (e65988a) made the report read every learner's whole log as well: about 5 million records for
  the 1,000 learners. Measured on 2026-12-02 (see 5. above) it took 14-32 s by load, far over the floor. Each
  learner's answers are now counted in as the log is read, without keeping its entries or records
  (`ProgressRecord.KeptReviewStream`): 14.2 s became 11.7 s, 98 MiB 79 MiB. The log is still decoded whole; a
  `perf` profile puts the time in `ReviewLog.LineScanner.take` (11%), copying (`memmove`, 10%), `FlatObject`'s
  key lookups and string making (13%) and retain/release (12%): what is left to make fast.

**Fitting FSRS** (the optimizer table).
- The weight-only terms of the memory formulas and their derivatives are worked out once per scheduler and per
  batch (same expressions, so scheduling keeps its bits). Before that change the 100,000-answer fit took
  0.082-0.089 s to train and 0.128-0.143 s with the guard (session 5, measured with the same programs).
"""

print("\n".join(table))
print()
print("\n".join(growth))
print()
print("\n".join(loader))
if args.output != "-":
    with open(args.output, "w") as handle:
        handle.write(text)
    print(f"\nwrote {args.output}")
else:
    print(text)
