#!/usr/bin/env python3
"""Prints the SVG path of the word "ខ្មែរ" in Noto Sans Khmer 400 (public/fonts), shaped
with HarfBuzz, at 80 units to the em, in relative integer commands: the mask of `.langs a[lang="km"]::before` in
style/app.css (viewBox '0 -86 97 110'). Needs `pip install fonttools brotli uharfbuzz`.

Usage: python3 tools/khmer-word.py public/fonts/noto-sans-khmer-400-*.woff2
"""
import io
import re
import sys

import uharfbuzz as hb
from fontTools.pens.svgPathPen import SVGPathPen
from fontTools.pens.transformPen import TransformPen
from fontTools.ttLib import TTFont

SCALE = 0.08  # 1000 units to the em -> 80


def absolute_path(font_file: str) -> str:
    font = TTFont(font_file)
    font.flavor = None
    raw = io.BytesIO()
    font.save(raw)
    shaper = hb.Font(hb.Face(raw.getvalue()))
    buf = hb.Buffer()
    buf.add_str("ខ្មែរ")
    buf.guess_segment_properties()
    hb.shape(shaper, buf, {})
    glyphs = font.getGlyphSet()
    order = font.getGlyphOrder()
    pen = SVGPathPen(glyphs, ntos=lambda v: "%d" % round(v))
    x = 0
    for info, pos in zip(buf.glyph_infos, buf.glyph_positions):
        t = (SCALE, 0, 0, -SCALE, (x + pos.x_offset) * SCALE, -pos.y_offset * SCALE)
        glyphs[order[info.codepoint]].draw(TransformPen(pen, t))
        x += pos.x_advance
    return pen.getCommands()


def relative(d: str) -> str:
    toks = re.findall(r"[MLQHVZ]|-?\d+", d)
    out, i, cx, cy, sx, sy, cmd = [], 0, 0, 0, 0, 0, None

    def num():
        nonlocal i
        i += 1
        return int(toks[i - 1])

    while i < len(toks):
        if toks[i] in "MLQHVZ":
            cmd = toks[i]
            i += 1
        if cmd == "M":
            x, y = num(), num()
            out.append(("m", [x - cx, y - cy]))
            cx, cy, sx, sy, cmd = x, y, x, y, "L"
        elif cmd == "L":
            x, y = num(), num()
            out.append(("l", [x - cx, y - cy]))
            cx, cy = x, y
        elif cmd == "H":
            x = num()
            out.append(("h", [x - cx]))
            cx = x
        elif cmd == "V":
            y = num()
            out.append(("v", [y - cy]))
            cy = y
        elif cmd == "Q":
            a, b, x, y = num(), num(), num(), num()
            out.append(("q", [a - cx, b - cy, x - cx, y - cy]))
            cx, cy = x, y
        elif cmd == "Z":
            out.append(("z", []))
            cx, cy, cmd = sx, sy, None
    s, last = "", None
    for c, args in out:
        if c in "lhvq" and not any(args):
            continue
        a = ""
        for v in args:
            a += ("" if not a or v < 0 else " ") + str(v)
        if c != last or c in "mz":
            s += c
        elif not a.startswith("-"):
            s += " "
        s += a
        last = c
    return s


if __name__ == "__main__":
    print(relative(absolute_path(sys.argv[1])))
