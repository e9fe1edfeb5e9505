"""The check base class and registry: one small module per check registers itself here."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class QAWarning:
    check: str  # the name of the check that found it
    message: str
    severity: Severity = "warning"


@dataclass
class TextPair:
    """What a check looks at: one source sentence and its translation."""

    source: str
    target: str
    source_lang: str
    target_lang: str
    # Inline-markup placeholders the segmenter put in the source; the target must keep each.
    placeholders: tuple[str, ...] = ()
    termbase: object | None = field(default=None, repr=False)
    # The termbase's scans of source and target (glossary.termbase.Match tuples), when the caller
    # has them: an export scans a batch of texts in one pass. None: the glossary check scans.
    source_matches: tuple | None = field(default=None, repr=False)
    target_matches: tuple | None = field(default=None, repr=False)
    # Stripped once here rather than by every check that needs them.
    stripped_source: str = field(init=False, repr=False)
    stripped_target: str = field(init=False, repr=False)

    def __post_init__(self):
        self.stripped_source = self.source.strip()
        self.stripped_target = self.target.strip()


class Check:
    """A QA check. Subclasses set ``name`` and implement ``run`` (one severity for all findings),
    or override ``warnings`` when each finding carries its own severity."""

    name: str = ""
    severity: Severity = "warning"
    # Most checks say nothing useful about an empty target; the untranslated check does.
    skip_empty_target: bool = True

    def run(self, pair: TextPair) -> list[str]:
        """Messages describing what is wrong, or an empty list."""
        raise NotImplementedError

    def warnings(self, pair: TextPair) -> list[QAWarning]:
        if not pair.stripped_target and self.skip_empty_target:
            return []
        messages = self.run(pair)
        if not messages:
            return []
        return [QAWarning(self.name, message, self.severity) for message in messages]


CHECKS: dict[str, Check] = {}


def register_check(check_class: type[Check]) -> type[Check]:
    CHECKS[check_class.name] = check_class()
    return check_class
