"""What one imported file may cost, measured before it is expanded. Each limit is far above a real government
table (the largest KASN and Bawaslu tables have a few hundred rows; a national case list about a million) and far
below what would hold the server for long; going over one is a message that names it and says how to split the
file."""

from __future__ import annotations

from dataclasses import dataclass

from lib.model.findings import Finding


@dataclass(frozen=True)
class Budget:
    file_bytes: int = 50 * 1024 * 1024  # the upload limit (server.maxUploadSize)
    unpacked_bytes: int = 400 * 1024 * 1024  # an XLSX's parts once unzipped
    zip_ratio: int = 200  # unpacked / packed: real workbooks are 5-20x
    expanded_text: int = 64 * 1024 * 1024  # shared strings as the cells that use them would hold them
    cells: int = 12_000_000  # the sheet's rectangle, rows x columns
    rows: int = 2_000_000
    columns: int = 1_000
    merged_area: int = 2_000_000  # cells covered by merges
    cell_chars: int = 32_767  # Excel's own limit on characters in a cell
    unknown_labels: int = 300  # distinct region spellings or labels that match nothing
    seconds: int = 120  # one analysis, in its worker process
    memory_bytes: int = 3 * 1024 * 1024 * 1024  # one analysis, in its worker process


BUDGET = Budget()

UNITS = {"file_bytes": "MB", "unpacked_bytes": "MB", "expanded_text": "MB", "memory_bytes": "MB"}


def over(name: str, limit: str, value: int, budget: Budget = BUDGET, row: int | None = None) -> Finding:
    """The finding for a file that goes over one limit: which limit, how far, and what to do."""
    allowed = getattr(budget, limit)
    if limit in UNITS:
        value, allowed = round(value / 1024 / 1024, 1), allowed // (1024 * 1024)
    return Finding("error", f"over_{limit}", name, row, params={"value": value, "limit": allowed})
