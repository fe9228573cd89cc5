"""Where Netra's files live; one place so tests and the CLI can point elsewhere."""
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = ROOT / "data"
