"""Where Netra's files live; one place so tests, the CLI and a presenter's machine can point elsewhere."""

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHIPPED_DATA = ROOT / "data"  # what the repository ships; the app may serve another copy (data_dir)


def data_dir() -> Path:
    """NETRA_DATA_DIR lets a test or a presenter's machine serve another copy of data/; read when asked."""
    return Path(os.environ.get("NETRA_DATA_DIR") or SHIPPED_DATA)


def imports_dir(data: Path) -> Path:
    """NETRA_IMPORTS_DIR, else an imports/ folder next to the data folder (each test copy gets its own)."""
    return Path(os.environ.get("NETRA_IMPORTS_DIR") or Path(data).parent / "imports")
