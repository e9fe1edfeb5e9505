"""Helpers for the exchange-format tests: a small document with translations in every status,
and a one-concept termbase so the tests do not depend on the seed termbase."""

from __future__ import annotations

import pytest

from glossary.termbase import Termbase
from workbench.models import Document, Segment
from workbench.translations import save_translation

SOURCES = [
    "Tsikhanouskaya spoke in Vilnius on Monday.",
    "Prices rose by 5% and %s of 1,000 people agreed.",
    "He said: \"We will return.\"",
    "The battalion was formed in 2022.",
]
# position -> (text, status, origin)
TRANSLATIONS = {
    0: ("Ціханоўская выступіла ў Вільні ў панядзелак.", "translated", "human"),
    1: ("Цэны выраслі на 5%, і %s з 1 000 чалавек пагадзіліся.", "draft", "mt"),
    2: ("Ён сказаў: «Мы вернемся».", "reviewed", "human"),
}


# One concept: the exchange tests see its hits and a forbidden Russian spelling in any be target.
FIXED_TERMBASE_ROWS = [
    {"concept": "tsikhanouskaya", "lang": "en", "term": "Tsikhanouskaya", "kind": "person"},
    {"concept": "tsikhanouskaya", "lang": "be", "term": "Ціханоўская"},
    {"concept": "tsikhanouskaya", "lang": "be", "term": "Тихановская", "status": "forbidden"},
]


@pytest.fixture
def fixed_termbase(monkeypatch) -> Termbase:
    termbase = Termbase.from_rows(FIXED_TERMBASE_ROWS)
    monkeypatch.setattr(Termbase, "from_session", classmethod(lambda cls, session: termbase))
    return termbase


def make_document(database, lang: str = "be", sources=SOURCES, translations=TRANSLATIONS, markup=None) -> int:
    """A document of one paragraph per two sentences, with ``translations`` into ``lang`` and
    ``markup`` (position -> placeholders) for segments with inline tags."""
    with database.session() as session:
        document = Document(title="Pohonia test", source_lang="en", original_filename="pohonia test.txt", checksum="0")
        document.segments = [
            Segment(position=index, paragraph=index // 2, source_text=text, markup=(markup or {}).get(index, {}))
            for index, text in enumerate(sources)
        ]
        session.add(document)
        session.flush()
        for position, (text, status, origin) in translations.items():
            author = "olga" if origin == "human" else origin
            save_translation(session, document.segments[position], lang, text, status=status, origin=origin, author=author)
        return document.id
