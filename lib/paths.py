"""Where Netra's files live; one place so tests and the CLI can point elsewhere."""
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# NETRA_DATA_DIR lets a test or a presenter's machine serve another copy of data/.
DATA_DIR = Path(os.environ.get("NETRA_DATA_DIR") or ROOT / "data")
