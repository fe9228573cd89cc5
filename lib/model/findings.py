"""Every message a user can see from lib/, in Bahasa Indonesia and English."""
from __future__ import annotations

from dataclasses import dataclass, field

LANGS = ("id", "en")

_TEMPLATES: dict[str, dict[str, str]] = {
    "missing_file": {
        "id": "berkas tidak ditemukan",
        "en": "file not found",
    },
    "unreadable_file": {
        "id": "berkas tidak dapat dibaca sebagai CSV UTF-8 ({detail})",
        "en": "file cannot be read as UTF-8 CSV ({detail})",
    },
    "missing_column": {
        "id": "kolom wajib '{column}' tidak ada",
        "en": "required column '{column}' is missing",
    },
    "empty_value": {
        "id": "nilai kosong; diharapkan {expected}",
        "en": "empty value; expected {expected}",
    },
    "bad_value": {
        "id": "'{value}' tidak sah; diharapkan {expected}",
        "en": "'{value}' is not valid; expected {expected}",
    },
    "duplicate_id": {
        "id": "'{value}' sudah dipakai di baris {other}",
        "en": "'{value}' is already used on row {other}",
    },
    "name_mismatch": {
        "id": "nama '{value}' tidak cocok dengan kode {region} ('{expected}')",
        "en": "name '{value}' does not match code {region} ('{expected}')",
    },
    "level_mismatch": {
        "id": "tingkat '{value}' tidak cocok dengan kode {region} (seharusnya '{expected}')",
        "en": "level '{value}' does not match code {region} (should be '{expected}')",
    },
    "rows_skipped": {
        "id": "{count} baris tidak dimuat karena galat",
        "en": "{count} rows not loaded because of errors",
    },
    "mixed_units": {
        "id": "tidak bisa menjumlahkan satuan berbeda ({units}): ASN dan kasus bukan hal yang sama",
        "en": "cannot add different units ({units}): civil servants and cases are not the same thing",
    },
    "percent_sum": {
        "id": "persentase tidak bisa dijumlahkan",
        "en": "percentages cannot be added up",
    },
    "snapshot_sum": {
        "id": "tidak bisa menjumlahkan angka kumulatif dari tanggal berbeda ({dates})",
        "en": "cannot add cumulative figures from different dates ({dates})",
    },
    "source_sum": {
        "id": "tidak bisa menjumlahkan angka dari sumber berbeda ({sources}): bisa terhitung ganda",
        "en": "cannot add figures from different sources ({sources}): they may count the same cases twice",
    },
    "measure_sum": {
        "id": "tidak bisa menjumlahkan ukuran berbeda ({measures})",
        "en": "cannot add different measures ({measures})",
    },
    "not_a_table": {
        "id": "tidak ada tabel angka Netra yang dikenali (kolom {columns} tidak ditemukan)",
        "en": "no Netra figure table recognised (columns {columns} not found)",
    },
    "unsupported_format": {
        "id": "format '{value}' tidak didukung; gunakan CSV atau XLSX",
        "en": "format '{value}' is not supported; use CSV or XLSX",
    },
    "no_sheet": {
        "id": "lembar '{value}' tidak ada; lembar yang ada: {expected}",
        "en": "sheet '{value}' does not exist; sheets present: {expected}",
    },
    "not_spreadsheet": {
        "id": "berkas bukan spreadsheet XLSX yang sah ({detail})",
        "en": "file is not a valid XLSX spreadsheet ({detail})",
    },
    "region_unknown": {
        "id": "wilayah '{value}' tidak dikenal; mungkin: {options}. Baris ini hanya dihitung di tingkat nasional",
        "en": "region '{value}' is not known; perhaps: {options}. These rows count at the national level only",
    },
    "region_ambiguous": {
        "id": "wilayah '{value}' bisa berarti {options}; tulis lengkap (mis. 'Kabupaten ...'). Baris ini hanya dihitung di tingkat nasional",
        "en": "region '{value}' could be {options}; write it in full (e.g. 'Kabupaten ...'). These rows count at the national level only",
    },
    "category_unknown": {
        "id": "{count} kategori tidak ada di kosakata Netra dan disimpan apa adanya: {values}",
        "en": "{count} categories are not in Netra's vocabulary and are kept as written: {values}",
    },
    "encrypted_file": {
        "id": "berkas dilindungi kata sandi; buka di Excel, hapus kata sandinya, simpan, lalu unggah lagi",
        "en": "file is password-protected; open it in Excel, remove the password, save, and upload again",
    },
    "zip_bomb": {
        "id": "berkas XLSX ini mengembang menjadi {size} MB (rasio {ratio}×) saat dibuka; ditolak demi keamanan",
        "en": "this XLSX unpacks to {size} MB ({ratio}× its size); refused for safety",
    },
    "not_utf8": {
        "id": "berkas bukan UTF-8; dibaca sebagai Windows-1252, periksa huruf beraksen",
        "en": "file is not UTF-8; read as Windows-1252, check accented letters",
    },
    "no_numbers": {
        "id": "lembar ini tidak berisi angka sama sekali",
        "en": "this sheet holds no numbers at all",
    },
    "no_table": {
        "id": "tidak ditemukan tabel: baris judul kolom yang diikuti baris angka",
        "en": "no table found: a row of column headings followed by rows of numbers",
    },
    "bad_number": {
        "id": "'{value}' bukan angka (diharapkan mis. 1.588, 79,1 atau 21,5%)",
        "en": "'{value}' is not a number (expected e.g. 1.588, 79,1 or 21,5%)",
    },
    "region_unknown_table": {
        "id": "wilayah '{value}' tidak dikenal; mungkin: {options}. Pilih wilayahnya di pemetaan sebelum mengimpor",
        "en": "region '{value}' is not known; perhaps: {options}. Choose its region in the mapping before importing",
    },
    "region_ambiguous_table": {
        "id": "wilayah '{value}' bisa berarti {options}. Pilih wilayahnya di pemetaan sebelum mengimpor",
        "en": "region '{value}' could be {options}. Choose its region in the mapping before importing",
    },
    "total_mismatch": {
        "id": "baris jumlah menyebut {stated}, tetapi baris-baris di atasnya berjumlah {summed}",
        "en": "the totals row says {stated}, but the rows above it add up to {summed}",
    },
    "parent_mismatch": {
        "id": "baris induk menyebut {stated}, tetapi sub-barisnya (a., b., …) berjumlah {summed}",
        "en": "the parent row says {stated}, but its sub-rows (a., b., …) add up to {summed}",
    },
    "source_required": {
        "id": "sumber wajib diisi: '{field}' kosong",
        "en": "the source is required: '{field}' is empty",
    },
    "import_failed": {
        "id": "impor tidak dapat disimpan di {folder} ({detail}); data yang sudah ada tidak berubah",
        "en": "the import could not be saved in {folder} ({detail}); the data already loaded is unchanged",
    },
    "import_unreadable": {
        "id": "impor tersimpan ini tidak dapat dibaca dan dilewati ({detail})",
        "en": "this stored import cannot be read and is skipped ({detail})",
    },
    "empty_file": {
        "id": "berkas kosong",
        "en": "file is empty",
    },
}

_LEVELS = {"error": {"id": "galat", "en": "error"}, "warning": {"id": "peringatan", "en": "warning"}}
_WHERE = {
    "row": {"id": "baris", "en": "row"},
    "column": {"id": "kolom", "en": "column"},
    "sheet": {"id": "lembar", "en": "sheet"},
}


def message(code: str, lang: str = "id", **params) -> str:
    """The text of one message in the chosen language."""
    return _TEMPLATES[code][lang if lang in LANGS else "id"].format(**params)


@dataclass(frozen=True)
class Finding:
    """One problem found in a file, with where it is: file, sheet, row (as a spreadsheet shows it), column."""

    level: str
    code: str
    file: str = ""
    row: int | None = None
    column: str = ""
    sheet: str = ""
    params: dict = field(default_factory=dict, compare=False)

    def text(self, lang: str = "id") -> str:
        lang = lang if lang in LANGS else "id"
        where = [self.file] if self.file else []
        if self.sheet:
            where.append(f"{_WHERE['sheet'][lang]} '{self.sheet}'")
        if self.row is not None:
            where.append(f"{_WHERE['row'][lang]} {self.row}")
        if self.column:
            where.append(f"{_WHERE['column'][lang]} '{self.column}'")
        place = ", ".join(where)
        body = message(self.code, lang, **self.params)
        return f"{_LEVELS[self.level][lang]}: {place}: {body}" if place else f"{_LEVELS[self.level][lang]}: {body}"


class NetraError(Exception):
    """An error a user caused and can fix; carries its message in both languages."""

    def __init__(self, code: str, **params):
        self.code, self.params = code, params
        super().__init__(message(code, "en", **params))

    def text(self, lang: str = "id") -> str:
        return message(self.code, lang, **self.params)
