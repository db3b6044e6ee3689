"""The JSON-LD blocks of an HTML page, for tests."""

import json
import re

SCRIPT = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)

# On every page below the home page, the trail of breadcrumbs is a block of its own.
FRAME_TYPES = {"BreadcrumbList"}


def json_ld_blocks(html, *, with_breadcrumbs=False):
    """Every JSON-LD object of ``html``; without the breadcrumbs' unless asked for."""
    blocks = [json.loads(block) for block in SCRIPT.findall(html)]
    if with_breadcrumbs:
        return blocks
    return [block for block in blocks if block.get("@type") not in FRAME_TYPES]
