"""Demo pictures, drawn with Pillow so that nothing is downloaded.

Each picture is a simple, deterministic scene (a table, people as shapes) in
its own palette, so that the demo looks like a photo feed without shipping
photographs.
"""

import io
import random

from PIL import Image as PILImage
from PIL import ImageDraw

PALETTES = [
    ((38, 70, 83), (42, 157, 143), (233, 196, 106)),
    ((29, 53, 87), (69, 123, 157), (230, 57, 70)),
    ((40, 54, 24), (96, 108, 56), (221, 161, 94)),
    ((53, 80, 112), (109, 89, 122), (229, 107, 111)),
    ((0, 48, 73), (214, 40, 40), (247, 127, 0)),
    ((34, 34, 59), (74, 78, 105), (201, 173, 167)),
    ((2, 48, 71), (33, 158, 188), (255, 183, 3)),
]


SKIN = (236, 200, 170)
WOOD = (120, 80, 50)


def draw_scene(seed, width=1600, height=1000, kind="table"):
    """JPEG bytes of a scene in a gradient room.

    ``kind`` is what happens in it: ``table`` (a row of people at a table),
    ``podium`` (a speaker at a lectern before an audience), ``handshake`` (two
    people and a red folder) or ``group`` (two rows standing for a photo).
    """
    rng = random.Random(seed)
    wall, floor, accent = PALETTES[seed % len(PALETTES)]
    image = PILImage.new("RGB", (width, height), wall)
    draw = ImageDraw.Draw(image)
    for y in range(height):
        shade = y / height
        colour = tuple(int(w * (1 - shade) + f * shade) for w, f in zip(wall, floor, strict=True))
        draw.line([(0, y), (width, y)], fill=colour)
    scale = height / 1000
    SCENES[kind](draw, rng, width, height, scale, accent)
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=85)
    return buffer.getvalue()


def _person(draw, centre, head_y, scale, colour, *, bottom):
    head = 45 * scale
    draw.ellipse([centre - head, head_y - head, centre + head, head_y + head], fill=SKIN)
    draw.rounded_rectangle(
        [centre - 80 * scale, head_y + 55 * scale, centre + 80 * scale, bottom],
        radius=40 * scale,
        fill=colour,
    )


def _table(draw, rng, width, height, scale, accent):
    table_top = int(height * 0.62)
    draw.rectangle([width * 0.1, table_top, width * 0.9, table_top + 40 * scale], fill=WOOD)
    people = rng.randint(4, 7)
    for index in range(people):
        centre = int(width * (0.15 + 0.7 * (index + 0.5) / people))
        head_y = table_top - rng.randint(220, 260) * scale
        _person(draw, centre, head_y, scale, accent, bottom=table_top)


def _podium(draw, rng, width, height, scale, accent):
    floor = int(height * 0.7)
    _person(draw, width * 0.5, floor - 420 * scale, scale, accent, bottom=floor - 150 * scale)
    draw.polygon(
        [
            (width * 0.5 - 110 * scale, floor - 220 * scale),
            (width * 0.5 + 110 * scale, floor - 220 * scale),
            (width * 0.5 + 80 * scale, floor),
            (width * 0.5 - 80 * scale, floor),
        ],
        fill=WOOD,
    )
    for index in range(rng.randint(6, 9)):
        centre = width * (0.05 + 0.9 * (index + 0.5) / 9)
        draw.ellipse(
            [centre - 50 * scale, height - 110 * scale, centre + 50 * scale, height + 10 * scale],
            fill=(60, 60, 70),
        )


def _handshake(draw, rng, width, height, scale, accent):
    floor = int(height * 0.85)
    for centre, colour in ((width * 0.38, accent), (width * 0.62, (60, 60, 80))):
        _person(draw, centre, floor - 600 * scale, scale, colour, bottom=floor)
    draw.ellipse(
        [
            width * 0.5 - 30 * scale,
            floor - 380 * scale,
            width * 0.5 + 30 * scale,
            floor - 330 * scale,
        ],
        fill=SKIN,
    )
    draw.rectangle(
        [width * 0.43, floor - 300 * scale, width * 0.5, floor - 200 * scale], fill=(200, 30, 40)
    )


def _group(draw, rng, width, height, scale, accent):
    floor = int(height * 0.92)
    for row, (top, count) in enumerate(((floor - 700 * scale, 6), (floor - 520 * scale, 5))):
        for index in range(count):
            centre = width * (0.12 + 0.76 * (index + 0.5 + 0.5 * row) / 6)
            colour = accent if (index + row) % 2 else (70, 70, 90)
            _person(draw, centre, top + rng.randint(-15, 15) * scale, scale, colour, bottom=floor)


SCENES = {"table": _table, "podium": _podium, "handshake": _handshake, "group": _group}


def draw_emblem(width, height, *, background=(11, 79, 138), foreground=(255, 255, 255)):
    """PNG bytes of the demo council's emblem: a columned building on a shield.

    The logo is a little wider than tall (it is never cropped); the icon is
    square, with the building filling it, for browser tabs and home screens.
    """
    scale = 4
    big_width, big_height = width * scale, height * scale
    # Transparent white: a JPEG rendition, which has no transparency, shows white there.
    image = PILImage.new("RGBA", (big_width, big_height), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    side = min(big_width, big_height)
    left = (big_width - side) / 2
    if width == height:
        draw.rectangle([0, 0, big_width, big_height], fill=background)
    else:
        # A shield: straight sides, a pointed bottom.
        draw.polygon(
            [
                (left, 0),
                (left + side, 0),
                (left + side, side * 0.6),
                (left + side / 2, side),
                (left, side * 0.6),
            ],
            fill=background,
        )
    margin = side * 0.2
    draw.polygon(
        [
            (left + side / 2, side * 0.14),
            (left + side - margin, side * 0.34),
            (left + margin, side * 0.34),
        ],
        fill=foreground,
    )
    columns = 4
    column = (side - 2 * margin) / (columns * 2 - 1)
    for number in range(columns):
        x = left + margin + number * 2 * column
        draw.rectangle([x, side * 0.39, x + column, side * 0.64], fill=foreground)
    draw.rectangle(
        [left + margin * 0.85, side * 0.67, left + side - margin * 0.85, side * 0.73],
        fill=foreground,
    )
    buffer = io.BytesIO()
    image.resize((width, height), PILImage.LANCZOS).save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()
