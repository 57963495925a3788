#!/usr/bin/env python3
"""Turn a `tmux capture-pane -e -p` dump (text with SGR colour codes) into an HTML page that looks like the terminal.

Only what Lectern writes is handled: reset, bold, dim and the eight foreground colours. Usage:
    ansi2html.py capture.txt page.html [columns]
"""
import html
import re
import sys

COLOURS = {30: "#4d4d4d", 31: "#e0474e", 32: "#4fc26b", 33: "#e5c04b", 34: "#5c8ee6", 35: "#c678dd", 36: "#45c3cf", 37: "#dcdfe4"}


def convert(text):
    out, bold, dim, colour = [], False, False, None
    for part in re.split(r"(\x1b\[[0-9;]*m)", text):
        match = re.fullmatch(r"\x1b\[([0-9;]*)m", part)
        if match:
            for code in [int(c) if c else 0 for c in match.group(1).split(";")]:
                if code == 0:
                    bold, dim, colour = False, False, None
                elif code == 1:
                    bold = True
                elif code == 2:
                    dim = True
                elif code == 22:
                    bold = dim = False
                elif code in COLOURS:
                    colour = COLOURS[code]
                elif code == 39:
                    colour = None
            continue
        if not part:
            continue
        style = []
        if bold:
            style.append("font-weight:bold")
        if dim:
            style.append("opacity:.62")
        if colour:
            style.append("color:" + colour)
        escaped = html.escape(part)
        out.append(f'<span style="{";".join(style)}">{escaped}</span>' if style else escaped)
    return "".join(out)


def main():
    source, target = sys.argv[1], sys.argv[2]
    columns = int(sys.argv[3]) if len(sys.argv) > 3 else 100
    text = open(source, encoding="utf-8").read().rstrip("\n") + "\n"
    page = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><style>
body{{margin:0;background:#1e2127}}
pre{{margin:0;padding:14px 18px;color:#dcdfe4;background:#1e2127;font:15px/1.25 "DejaVu Sans Mono",monospace;width:{columns}ch}}
</style></head><body><pre>{convert(text)}</pre></body></html>"""
    open(target, "w", encoding="utf-8").write(page)


main()
