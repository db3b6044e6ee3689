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


def draw_scene(seed, width=1600, height=1000):
    """JPEG bytes of a scene: a gradient room, a table and a row of people."""
    rng = random.Random(seed)
    wall, floor, accent = PALETTES[seed % len(PALETTES)]
    image = PILImage.new("RGB", (width, height), wall)
    draw = ImageDraw.Draw(image)
    for y in range(height):
        shade = y / height
        colour = tuple(int(w * (1 - shade) + f * shade) for w, f in zip(wall, floor, strict=True))
        draw.line([(0, y), (width, y)], fill=colour)
    table_top = int(height * 0.62)
    draw.rectangle([width * 0.1, table_top, width * 0.9, table_top + 40], fill=(120, 80, 50))
    people = rng.randint(4, 7)
    for index in range(people):
        centre = int(width * (0.15 + 0.7 * (index + 0.5) / people))
        head_y = table_top - rng.randint(220, 260)
        draw.ellipse([centre - 45, head_y - 45, centre + 45, head_y + 45], fill=(236, 200, 170))
        draw.rounded_rectangle(
            [centre - 80, head_y + 55, centre + 80, table_top], radius=40, fill=accent
        )
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=85)
    return buffer.getvalue()
