"""Text an attacker (or an unlucky file) may put in an import, and a stored import that carries it everywhere:
outlet, title, document, categories, notes and scope. Every page must show it as literal text."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from lib.importing.store import save_import

IMAGE = "![o](http://127.0.0.1:9/pixel.png)"
LINK = "[KASN resmi](https://evil.example)"
BREAKOUT = "https://x.example/a) [klik](https://evil.example"
HOSTILE = [
    f"{IMAGE} {LINK}",
    "<span style='font-size:80px'>BIG</span>",
    "<a href='https://evil.example'>a</a>",
    "<img src=http://127.0.0.1:9/img.png>",
    ":red[merah] :material/warning: $x^2$",
    "# judul besar",
    '=HYPERLINK("https://evil.example","klik")',
]
SOURCE_ID = "import-20260101000000-0a0b0c"


def store_hostile_import(folder: Path) -> Path:
    """Store (as a crafted file would, past the Impor page's own checks) an import whose every free text is hostile."""
    rows = []
    for i, text in enumerate(HOSTILE):
        rows.append({"dimension": "violation_type", "category": text, "value": 10 + i})
    rows.append({"dimension": "none", "category": "total", "value": 99})
    figures = pd.DataFrame(
        [
            {
                "figure_id": f"{SOURCE_ID}-{i + 1:05d}",
                "source_id": SOURCE_ID,
                "publisher": "KASN",
                "election": "Pilkada 2024",
                "as_of": pd.Timestamp("2024-11-30"),
                "status": "running",
                "region_level": "national",
                "region_code": "ID",
                "region_name": "Indonesia",
                "scope": HOSTILE[i % len(HOSTILE)],
                "measure": "reported",
                "unit": "asn",
                "note": HOSTILE[(i + 1) % len(HOSTILE)],
                "note_en": HOSTILE[(i + 2) % len(HOSTILE)],
                "reliability": "B",
                "approximate": i % 2 == 0,
                "disputed": True,
                "as_of_precision": "day",
                **row,
            }
            for i, row in enumerate(rows)
        ]
    )
    figures.loc[figures["dimension"] == "none", "scope"] = ""
    source = {
        "source_id": SOURCE_ID,
        "publisher": "KASN",
        "outlet": HOSTILE[0],
        "title": HOSTILE[1],
        "published": "2024-12-01",
        "url": BREAKOUT,
        "document": HOSTILE[3],
    }
    return save_import(figures, source, folder)
