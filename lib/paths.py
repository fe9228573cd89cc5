"""Where Netra's files live; one place so tests and the CLI can point elsewhere."""
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def data_dir() -> Path:
    """NETRA_DATA_DIR lets a test or a presenter's machine serve another copy of data/; read when asked."""
    return Path(os.environ.get("NETRA_DATA_DIR") or ROOT / "data")


DATA_DIR = data_dir()
