"""Every word in both languages, in one place."""

import ast
import re
import string

import pytest

from lib.paths import ROOT
from lib.words import LANGS, WORDS, say


@pytest.mark.parametrize("key", sorted(WORDS))
def test_every_key_has_both_languages_with_the_same_blanks(key):
    texts = WORDS[key]
    assert len(texts) == len(LANGS) and all(t.strip() for t in texts), key
    fields = [{f for _, f, _, _ in string.Formatter().parse(t) if f} for t in texts]
    assert fields[0] == fields[1], f"{key}: {fields}"


def test_say_fills_in_and_speaks_each_language():
    assert (
        say("import_done", "en", rows=3, title="x")
        == "3 figures from 'x' published; they show on every page for every visitor."
    )
    assert say("rows", "id") == "baris"


def test_no_other_module_keeps_words_of_its_own():
    """No dict of typed texts keyed by both languages, no language switch on 'en', outside lib/words.py."""
    for path in [*sorted((ROOT / "lib").rglob("*.py")), *sorted((ROOT / "pages").rglob("*.py"))]:
        if path.name in ("words.py", "formats.py"):  # the words; each language's CLDR locale
            continue
        source = path.read_text(encoding="utf-8")
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.Dict):
                typed = {
                    k.value
                    for k, v in zip(node.keys, node.values)
                    if isinstance(k, ast.Constant) and isinstance(v, (ast.Constant, ast.Dict, ast.List))
                }
                assert not set(LANGS) <= typed, f"{path.name}:{node.lineno} holds words of its own"
        assert not re.search(r'"en" if lang == "en"', source), f"{path.name} resolves the language again"


def test_every_vocabulary_label_has_both_languages(dataset):
    table = dataset.vocabulary.table
    assert (table["label_id"].str.strip() != "").all() and (table["label_en"].str.strip() != "").all()
