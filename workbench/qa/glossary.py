"""Termbase check: deprecated or forbidden terms, source concepts without an admitted rendering.

The termbase does the matching (with inflected forms) and rates each issue; this check only
passes its findings on, so it overrides ``warnings`` rather than ``run``.
"""

from glossary import checks
from workbench.qa.base import Check, QAWarning, TextPair, register_check


@register_check
class Glossary(Check):
    name = "glossary"

    def warnings(self, pair: TextPair) -> list[QAWarning]:
        if pair.termbase is None or not pair.stripped_target:
            return []
        issues = checks.check(pair.termbase, pair.source, pair.target, pair.source_lang, pair.target_lang,
                              source_matches=pair.source_matches, target_matches=pair.target_matches)
        return [QAWarning(self.name, issue.message, issue.severity) for issue in issues]
