"""Converts a subset OpenType font with CFF outlines to TrueType (glyf) outlines.

Used by the web build (cmake/web.cmake) on the fonts that pyftsubset made. It lives beside
web.cmake, not in scripts/, because it runs with the Python that runs pyftsubset, not with
the python3 on PATH that scripts/setup checks. Dear ImGui's stb_truetype rasterises TrueType outlines about a third faster than CFF ones (no CFF
charstring program to run, quadratic instead of cubic curves), which shortens the font
atlas build before the first frame. Curves are approximated with fontTools' cu2qu within
a tolerance of four font units (4/2048 em for Inter: 0.06 px at the 30 px title size, 0.12 px at
twice that on a high-density screen); each glyph's bounds are checked after. Four units instead
of one make the fonts 3.4 KB gzip smaller and give the rasteriser fewer segments.

Run with the Python that runs pyftsubset (Debian: /usr/bin/python3 with python3-fonttools):
    font_to_truetype.py IN.otf OUT.ttf
"""
import sys

from fontTools.pens.boundsPen import BoundsPen
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable


def convert(src, dst, tolerance=4.0):
    font = TTFont(src)
    if "CFF " not in font:
        raise SystemExit("%s: no CFF outlines to convert" % src)
    order = font.getGlyphOrder()
    glyphs = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyphs)
        # CFF contours run counter-clockwise, TrueType ones clockwise.
        glyphs[name].draw(Cu2QuPen(pen, tolerance, reverse_direction=True))
        glyf[name] = pen.glyph()
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for field in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                  "maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):
        setattr(maxp, field, 0)
    maxp.maxZones = 1
    font["maxp"] = maxp  # the other counts are computed when saving
    font["head"].glyphDataFormat = 0
    font["post"].formatType = 3.0  # no glyph names
    del font["CFF "]
    font.sfntVersion = "\x00\x01\x00\x00"
    font.save(dst)
    # Read back: the same glyphs, each with the bounds it had within 0.5 % of the em (10 units
    # for Inter: 0.15 px at the 30 px title size; cu2qu's error bound applies to the curve
    # and the rounding of points to whole units adds to it).
    limit = 0.005 * font["head"].unitsPerEm
    check = TTFont(dst)
    # (Glyph names may differ: format 3 'post' tables keep none; glyph indices stay.)
    if len(check.getGlyphOrder()) != len(order):
        raise SystemExit("%s: glyph count changed in the conversion" % dst)
    out = check.getGlyphSet()
    for name, new_name in zip(order, check.getGlyphOrder()):
        before, after = BoundsPen(glyphs), BoundsPen(out)
        glyphs[name].draw(before)
        out[new_name].draw(after)
        a, b = before.bounds, after.bounds
        if (a is None) != (b is None) or (a and max(abs(x - y) for x, y in zip(a, b)) > limit):
            raise SystemExit("%s: glyph %s changed shape (%s, now %s)" % (dst, name, a, b))
    return len(order)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    n = convert(sys.argv[1], sys.argv[2])
    print("%s: %d glyphs with TrueType outlines" % (sys.argv[2], n))
