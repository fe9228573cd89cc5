"""What Netra found wrong in a file or a figure: where it is and what it is, said in the user's language."""

from __future__ import annotations

from dataclasses import dataclass, field

from lib.words import say


@dataclass(frozen=True)
class Finding:
    """One problem found in a file, with where it is: file, sheet, row (as a spreadsheet shows it), column.

    `code` is a key of lib.words.WORDS; `params` fill it in."""

    level: str  # error | warning
    code: str
    file: str = ""
    row: int | None = None
    column: str = ""
    sheet: str = ""
    params: dict = field(default_factory=dict, compare=False)

    def text(self, lang: str = "id") -> str:
        where = [self.file] if self.file else []
        if self.sheet and self.sheet != self.file:  # a CSV's one sheet is the file itself
            where.append(f"{say('where_sheet', lang)} '{self.sheet}'")
        if self.row is not None:
            where.append(f"{say('where_row', lang)} {self.row}")
        if self.column:
            where.append(f"{say('where_column', lang)} '{self.column}'")
        level = say(f"level_{self.level}", lang)
        body = say(self.code, lang, **{k: _in_locale(v, lang) for k, v in self.params.items()})
        return f"{level}: {', '.join(where)}: {body}" if where else f"{level}: {body}"


def _in_locale(value, lang: str):
    """A number said in a message is written the reader's way (1.588 / 1,588); anything else as it is."""
    from lib.formats import format_number

    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return format_number(value, lang)
    return value


class NetraError(Exception):
    """An error a user caused and can fix; carries its message in both languages."""

    def __init__(self, code: str, **params):
        self.code, self.params = code, params
        super().__init__(say(code, "en", **params))

    def text(self, lang: str = "id") -> str:
        return say(self.code, lang, **{k: _in_locale(v, lang) for k, v in self.params.items()})
