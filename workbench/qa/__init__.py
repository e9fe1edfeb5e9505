"""Quality checks on a translated segment (numbers, punctuation, glossary...), like Weblate's checks.

    run_checks("Born in 1976.", "Нарадзілася ў 1967.", "en", "be")
    -> [QAWarning(check="numbers", message="...", severity="error")]

Each check is one module that registers a ``Check`` subclass; ``CHECK_MODULES`` lists them.
"""

from __future__ import annotations

import importlib
from typing import Iterable, Sequence

from workbench.qa.base import CHECKS, Check, QAWarning, TextPair, register_check

__all__ = ["CHECKS", "Check", "QAWarning", "TextPair", "register_check", "run_checks"]

CHECK_MODULES = (
    "untranslated",
    "numbers",
    "punctuation",
    "length",
    "doubled",
    "whitespace",
    "scripts",
    "brackets",
    "placeholders",
    "glossary",
)

for _module in CHECK_MODULES:
    importlib.import_module(f"workbench.qa.{_module}")


def run_checks(
    source: str,
    target: str,
    source_lang: str,
    target_lang: str,
    termbase=None,
    *,
    placeholders: Iterable[str] = (),
    source_matches: Sequence | None = None,
    target_matches: Sequence | None = None,
) -> list[QAWarning]:
    """Every registered check's warnings for one segment, errors first.

    ``termbase`` (a ``glossary.termbase.Termbase``) enables the glossary check, which uses the
    termbase's scans of the texts when given (``source_matches``, ``target_matches``);
    ``placeholders`` are the segment's inline-markup placeholders (``Segment.markup`` keys).
    """
    pair = TextPair(source, target, source_lang, target_lang, tuple(placeholders), termbase, source_matches, target_matches)
    found: list[QAWarning] = []
    for check in CHECKS.values():
        found += check.warnings(pair)
    found.sort(key=_is_not_error)  # stable: each check's own order is kept
    return found


def _is_not_error(warning: QAWarning) -> bool:
    return warning.severity != "error"
