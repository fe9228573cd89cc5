"""SYNTHETIC case lists for tests and benchmarks: random rows with fake personal data, never shipped as data.

Every file this writes says SYNTHETIC in its name and in a column, so it can never pass for a real tally.
"""

from __future__ import annotations

import io

import numpy as np
import pandas as pd

from lib.model.dataset import FILES, read_text_csv
from lib.model.gazetteer import read_gazetteer
from lib.paths import SHIPPED_DATA

# Labels as Netra's vocabulary writes them, plus one each it does not know.
TYPES = [
    "Kampanye/dukungan di media sosial",
    "Menghadiri deklarasi paslon",
    "Menjadi anggota partai",
    "Ikut arisan paslon (SINTETIS)",
]
POSITIONS = ["Jabatan fungsional", "Jabatan pimpinan tinggi (JPT)", "Jabatan pelaksana", "Jabatan administrator"]
STAGES = ["Sebelum tahapan Pilkada", "Pendaftaran bakal calon", "Kampanye", "Setelah penetapan calon terpilih"]
AGENCIES = ["Instansi pusat", "Kanreg III BKN Bandung", "Kanreg IV BKN Makassar"]
SPELLINGS = {
    "Kabupaten Bandung": ["KABUPATEN BANDUNG", "Kab. Bandung", "kab bandung"],
    "Kota Depok": ["KOTA DEPOK", "Kota Depok "],
}


def case_list(rows: int, seed: int = 7) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    gazetteer = read_gazetteer(read_text_csv(SHIPPED_DATA / FILES["aliases"])[0])
    regencies = [r.name for r in gazetteer.regions.values() if r.level == "regency"]
    names = np.array(regencies + [s for spellings in SPELLINGS.values() for s in spellings])
    pick = lambda options: np.array(options)[rng.integers(0, len(options), rows)]  # noqa: E731
    return pd.DataFrame(
        {
            "No": np.arange(1, rows + 1),
            "Nama": [f"Orang Sintetis {i}" for i in range(rows)],
            "NIP": rng.integers(10**17, 10**18, rows).astype(str),
            "Tanggal": pd.Timestamp("2020-09-01") + pd.to_timedelta(rng.integers(0, 120, rows), unit="D"),
            "Kabupaten/Kota": pick(names),
            "Instansi": pick(AGENCIES),
            "Jabatan": pick(POSITIONS),
            "Jenis Pelanggaran": pick(TYPES),
            "Tahapan": pick(STAGES),
            "Keterangan": "SYNTHETIC",
        }
    )


def to_csv(frame: pd.DataFrame, separator: str = ",") -> bytes:
    return frame.to_csv(index=False, sep=separator).encode("utf-8-sig")


def to_xlsx(frame: pd.DataFrame) -> bytes:
    buffer = io.BytesIO()
    frame.to_excel(buffer, index=False, engine="openpyxl")
    return buffer.getvalue()


def peer_series(rows: int = 10_000, seed: int = 11) -> pd.DataFrame:
    """Four SYNTHETIC daily random walks (alpha…delta), `rows` rows in all: the peer dashboard's CSV."""
    rng = np.random.default_rng(seed)
    per = rows // 4
    dates = pd.date_range("2017-01-01", periods=per, freq="D")
    frames = [
        pd.DataFrame({"date": dates, "series": name, "value": 1000 + rng.normal(0, 10, per).cumsum()})
        for name in ("alpha", "beta", "gamma", "delta")
    ]
    data = pd.concat(frames, ignore_index=True)
    return data.assign(year=data["date"].dt.year)
