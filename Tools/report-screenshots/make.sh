#!/bin/sh
# Makes the report screenshots in docs/: the terminal report (tmux capture -> HTML -> PNG) and the HTML report
# (headless Chromium). Needs tmux, python3 and chromium (apt-get install -y tmux chromium); CI needs none of them.
#
#   Tools/report-screenshots/make.sh            # after `swift build -c release --product lectern`
#
# The demo progress is simulated (LearnerSimulation, a year of study on the bundled course) by the class-view
# measurement, which keeps the folder it writes when LECTERN_MEASURE_KEEP is set.
set -eu
cd "$(dirname "$0")/../.."
BIN=${BIN:-$(swift build -c release --show-bin-path)/lectern}
DEMO=${DEMO:-/tmp/lectern-report-demo}
NOW=2025-03-03T12:00:00Z
LEARNER=learner-0007
COLUMNS_WIDE=100
WORK=$(mktemp -d)

if [ ! -d "$DEMO/class/$LEARNER" ]; then
    LECTERN_MEASURE=1 LECTERN_MEASURE_KEEP="$DEMO/class" swift test --filter ClassReportMeasurement
fi
# The learner report opens the learner's store (it takes the lock and may write the snapshot): use a copy.
rm -rf "$DEMO/one" && mkdir -p "$DEMO/one" && cp -R "$DEMO/class/$LEARNER" "$DEMO/one/"

# 1. The terminal report, in colour, captured from tmux with its escape codes.
tmux kill-session -t lectern-shot 2>/dev/null || true
tmux new-session -d -s lectern-shot -x "$COLUMNS_WIDE" -y 50 \
    "env TERM=xterm-256color LANG=C.UTF-8 $BIN report --course . --progress-dir $DEMO/one --learner $LEARNER --now $NOW; sleep 30"
tmux set-option -t lectern-shot history-limit 5000 >/dev/null
sleep 3
tmux capture-pane -t lectern-shot -e -p -S - -E - > "$WORK/capture.txt"
tmux kill-session -t lectern-shot
python3 - "$WORK/capture.txt" "$WORK" <<'PY'
import re, sys
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
plain = [re.sub(r"\x1b\[[0-9;]*m", "", l) for l in lines]
top = lines[:plain.index("Actors  mastered of questions") - 1]
due = plain.index("Due")
bottom = lines[due:]
while bottom and not bottom[-1].strip():
    bottom.pop()
open(sys.argv[2] + "/top.txt", "w", encoding="utf-8").write("\n".join(top))
open(sys.argv[2] + "/bottom.txt", "w", encoding="utf-8").write("\n".join(bottom))
open(sys.argv[2] + "/heights", "w").write(f"{len(top)} {len(bottom)}\n")
PY
read TOP BOTTOM < "$WORK/heights"
for part in top bottom; do
    python3 Tools/report-screenshots/ansi2html.py "$WORK/$part.txt" "$WORK/$part.html" "$COLUMNS_WIDE"
done
shot() { # html png width height
    chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
        --window-size="$3,$4" --screenshot="$2" "file://$1" 2>/dev/null
}
shot "$WORK/top.html" docs/report-terminal.png 940 $((TOP * 19 + 30))
shot "$WORK/bottom.html" docs/report-terminal-activity.png 940 $((BOTTOM * 19 + 30))

# 2. The HTML report and the class view, top of the page.
$BIN report --course . --progress-dir "$DEMO/one" --learner $LEARNER --now $NOW --output "$WORK/report.html"
shot "$WORK/report.html" docs/report-html.png 1060 2200
mkdir -p "$DEMO/small"
for n in 0000 0001 0002 0003 0004 0005 0006 0007 0008 0009 0010 0011; do
    [ -d "$DEMO/small/learner-$n" ] || cp -R "$DEMO/class/learner-$n" "$DEMO/small/"
done
$BIN report --course . --class "$DEMO/small" --now $NOW --output "$WORK/class.html"
shot "$WORK/class.html" docs/report-class-html.png 1060 1500
rm -rf "$WORK"
echo "wrote docs/report-terminal.png docs/report-terminal-activity.png docs/report-html.png docs/report-class-html.png"
