#!/usr/bin/env bash
# Lectern benchmarks: builds the release binary and this package, makes the data, runs every measurement with its
# baseline in the same run, and writes docs/performance.md (through Benchmarks/report.py). `make bench` runs this.
#
# Knobs (environment): RUNS (start-up runs per program, default 15), ANSWER_RUNS (sessions per program, default 20),
# ANSWERS (answers timed per session, default 20), REBUILD_RUNS (default 3), CLASS_RUNS (default 5),
# OUTPUT (default docs/performance.md; "-" prints it only). Data are cached in Benchmarks/.data.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
BENCH=$ROOT/Benchmarks
DATA=$BENCH/.data
RUNS=${RUNS:-15}
ANSWER_RUNS=${ANSWER_RUNS:-20}
ANSWERS=${ANSWERS:-20}
REBUILD_RUNS=${REBUILD_RUNS:-3}
CLASS_RUNS=${CLASS_RUNS:-5}
OUTPUT=${OUTPUT:-docs/performance.md}
SWIFT=${SWIFT:-swift}
RESULTS=$DATA/results.txt
mkdir -p "$DATA/progress" "$DATA/courses"

step() { printf '\n== %s\n' "$*" >&2; }
SUDO=$([ "$(id -u)" = 0 ] || echo sudo)
[ -x /usr/bin/time ] || { $SUDO apt-get install -y -q time >&2; }
python3 -c 'import fsrs' 2>/dev/null || python3 -m pip install -q fsrs==6.3.2 >&2

step "building the release binary and the benchmark package"
$SWIFT build -c release --product lectern --scratch-path .build-bench-main >&2
LECTERN=$ROOT/.build-bench-main/release/lectern
(cd "$BENCH" && $SWIFT build -c release >&2)
BIN=$BENCH/.build/release

: > "$RESULTS"
{
  echo "meta date $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "meta commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- Sources || echo ' (with uncommitted changes in Sources)')"
  echo "meta nproc $(nproc)"
  echo "meta cpu $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"
  echo "meta memory $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo)"
  echo "meta load $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "meta kernel $(uname -r)"
  echo "meta swift $($SWIFT --version 2>&1 | head -1)"
  echo "meta python $(python3 --version 2>&1) fsrs $(python3 -c 'from importlib.metadata import version; print(version("fsrs"))')"
  echo "meta filesystem $(df -T "$DATA" | awk 'NR==2 {print $2" on "$1}')"
  echo "meta runs startup=$RUNS answer_sessions=$ANSWER_RUNS answers_per_session=$ANSWERS rebuild=$REBUILD_RUNS class=$CLASS_RUNS"
} >> "$RESULTS"

step "learners with 1k, 10k, 100k and 1M logged answers (cached)"
for n in 1000 10000 100000 1000000; do
  folder=$DATA/progress/a$n
  if [ ! -f "$folder/snapshot.json" ] || [ "$(cat "$folder/.generated" 2>/dev/null)" != "v1 $n $(git rev-parse HEAD:Sources/LecternCore/Progress)" ]; then
    "$BIN/gen-log" --course "$ROOT" --progress-dir "$DATA/progress" --learner "a$n" --answers "$n" >&2
    echo "v1 $n $(git rev-parse HEAD:Sources/LecternCore/Progress)" > "$folder/.generated"
  fi
done
PROGRESS=(--course "$ROOT" --progress-dir "$DATA/progress")

step "start-up to the first prompt in a pseudo-terminal ($RUNS runs each, interleaved)"
# `lectern` alone, as a learner starts it (`make run` too): the course, the progress folder and the learner come from
# LECTERN_* variables, which ptydrive sets in the child. Course stamps go to a cache folder of the bench's own; the
# first start after a build loads the course before its prompt and stamps it, so one start is made before timing.
export XDG_CACHE_HOME=$DATA/cache
START=(LECTERN_COURSE="$ROOT" LECTERN_PROGRESS_DIR="$DATA/progress")
"$LECTERN" lessons "${PROGRESS[@]}" --learner a1000 > /dev/null
"$BIN/ptydrive" startup "$RUNS" 'lectern>' \
  baseline "$BIN/baseline-prompt" \
  :: a1000 "${START[@]}" LECTERN_LEARNER=a1000 "$LECTERN" \
  :: a10000 "${START[@]}" LECTERN_LEARNER=a10000 "$LECTERN" \
  :: a100000 "${START[@]}" LECTERN_LEARNER=a100000 "$LECTERN" \
  :: a1000000 "${START[@]}" LECTERN_LEARNER=a1000000 "$LECTERN" \
  :: a100000-options "$LECTERN" "${PROGRESS[@]}" --learner a100000 \
  :: a100000-unstamped XDG_CACHE_HOME=/dev/null/none "${START[@]}" LECTERN_LEARNER=a100000 "$LECTERN" >> "$RESULTS"
# Start-up to the answer of a first command typed the moment the prompt shows: the course must have arrived by then.
# Without colour, so the reply's first words can be found as they are.
"$BIN/ptydrive" first "$RUNS" 'lectern>' lessons 'Lessons of' \
  a100000 NO_COLOR=1 "${START[@]}" LECTERN_LEARNER=a100000 "$LECTERN" \
  :: a100000-unstamped NO_COLOR=1 XDG_CACHE_HOME=/dev/null/none "${START[@]}" LECTERN_LEARNER=a100000 "$LECTERN" >> "$RESULTS"

step "one answer, Enter to the next question ($ANSWER_RUNS sessions of $ANSWERS answers each, answer by answer)"
grep -m1 '"type":"review"' "$DATA/progress/a100000/review-log.jsonl" > "$DATA/record.jsonl"
rm -f "$DATA/baseline-answer.jsonl"
count=$((ANSWERS + 1))
QUIZ=(quiz --kind choice --count "$count" --seed 7)
"$BIN/ptydrive" answer "$ANSWER_RUNS" "$ANSWERS" 'quiz %d/' 1 \
  baseline "$BIN/baseline-answer" "$DATA/baseline-answer.jsonl" "$DATA/record.jsonl" "$count" \
  :: a1000 "$LECTERN" "${QUIZ[@]}" "${PROGRESS[@]}" --learner a1000 \
  :: a10000 "$LECTERN" "${QUIZ[@]}" "${PROGRESS[@]}" --learner a10000 \
  :: a100000 "$LECTERN" "${QUIZ[@]}" "${PROGRESS[@]}" --learner a100000 \
  :: a1000000 "$LECTERN" "${QUIZ[@]}" "${PROGRESS[@]}" --learner a1000000 >> "$RESULTS"
# The harness's first design, a whole session of one program and then of the other, for comparison.
"$BIN/ptydrive" answer-sessions "$ANSWER_RUNS" "$ANSWERS" 'quiz %d/' 1 \
  baseline "$BIN/baseline-answer" "$DATA/baseline-answer.jsonl" "$DATA/record.jsonl" "$count" \
  :: a100000 "$LECTERN" "${QUIZ[@]}" "${PROGRESS[@]}" --learner a100000 >> "$RESULTS"
"$BIN/bench-append" --log "$DATA/bare-append.jsonl" --record "$DATA/record.jsonl" --count 200 >> "$RESULTS"
rm -f "$DATA/bare-append.jsonl"

step "FSRS reviews per second: Swift against fsrs $(python3 -c 'from importlib.metadata import version; print(version("fsrs"))') on the same sequences"
VECTORS=$ROOT/Tests/Fixtures/fsrs/vectors.json
for round in 1 2 3; do
  python3 "$BENCH/baselines/fsrs_reviews.py" "$VECTORS" 2 >> "$RESULTS"
  "$BIN/bench-fsrs" --vectors "$VECTORS" --repeats 5 >> "$RESULTS"
done

step "fitting FSRS to 10,000 and 100,000 answers: Lectern against fsrs-rs-python 0.9.3 on the same items"
python3 -c 'import fsrs_rs_python' 2>/dev/null || python3 -m pip install -q fsrs-rs-python==0.9.3 >&2
for n in 10000 100000; do
  data=$DATA/optimizer-$n.json
  [ -f "$data" ] || python3 "$BENCH/baselines/fsrs_optimizer.py" make "$data" "$n" >&2
  for round in 1 2; do
    python3 "$BENCH/baselines/fsrs_optimizer.py" time "$data" "$n" 5 >> "$RESULTS"
    "$BIN/bench-optimizer" --data "$data" --label "$n" --runs 5 >> "$RESULTS"
  done
done
"$BIN/bench-optimizer" --simulate --label 400x365 --runs 5 >> "$RESULTS"

step "rebuilding a snapshot from 1,000,000 answers against Python's json.loads of the same lines ($REBUILD_RUNS runs each)"
for round in $(seq "$REBUILD_RUNS"); do
  python3 "$BENCH/baselines/json_loads.py" "$DATA/progress/a1000000/review-log.jsonl" >> "$RESULTS"
  "$BIN/bench-rebuild" --progress-dir "$DATA/progress" --learner a1000000 >> "$RESULTS"
done
/usr/bin/time -f "wholeprocess rebuild %e %M" "$LECTERN" progress rebuild "${PROGRESS[@]}" --learner a1000000 \
  > /dev/null 2>> "$RESULTS.time" || true
grep wholeprocess "$RESULTS.time" >> "$RESULTS" || true
rm -f "$RESULTS.time"

step "the class report over 1,000 learners with a year of history"
if "$LECTERN" report --help 2>&1 | grep -q -- '--class'; then
  CLASS=$DATA/class
  if [ "$(cat "$CLASS/.generated" 2>/dev/null)" != "v1 $(git rev-parse HEAD:Sources/LecternCore/Progress)" ]; then
    "$BIN/gen-class" --course "$ROOT" --out "$CLASS" --learners 1000 >&2
    git rev-parse HEAD:Sources/LecternCore/Progress | sed 's/^/v1 /' > "$CLASS/.generated"
  fi
  "$LECTERN" report --class "$CLASS" --now 2026-01-01 "${PROGRESS[@]}" --learner a1000 > /dev/null  # warm the page cache once
  for run in $(seq "$CLASS_RUNS"); do
    /usr/bin/time -f "class %e %M" "$LECTERN" report --class "$CLASS" --now 2026-01-01 "${PROGRESS[@]}" --learner a1000 > /dev/null 2>> "$RESULTS.time"
  done
  grep '^class ' "$RESULTS.time" >> "$RESULTS"
  rm -f "$RESULTS.time"
else
  echo "class pending" >> "$RESULTS"
fi

step "the course loader at 1x, 10x and 100x the bundled course"
for factor in 10 100; do
  if [ ! -d "$DATA/courses/x$factor" ] || [ "$(cat "$DATA/courses/x$factor/.generated" 2>/dev/null)" != "v1 $(git rev-parse HEAD:Lessons HEAD:Quizzes | tr '\n' ' ')" ]; then
    "$BIN/gen-course" --course "$ROOT" --factor "$factor" --out "$DATA/courses/x$factor" >&2
    echo "v1 $(git rev-parse HEAD:Lessons HEAD:Quizzes | tr '\n' ' ')" > "$DATA/courses/x$factor/.generated"
  fi
done
"$BIN/bench-course" --course "$ROOT" --label x1 --repeats 7 >> "$RESULTS"
"$BIN/bench-course" --course "$DATA/courses/x10" --label x10 --repeats 5 >> "$RESULTS"
"$BIN/bench-course" --course "$DATA/courses/x100" --label x100 --repeats 3 >> "$RESULTS"

step "wrapping one long word and prose: n and 8n characters"
"$BIN/bench-wrap" --characters 100000 --repeats 5 >> "$RESULTS"

step "report"
COMMAND=${BENCH_COMMAND:-make bench}
python3 "$BENCH/report.py" "$RESULTS" --command "$COMMAND" --output "$OUTPUT"
