"""Language codes, validated and named with babel."""

from __future__ import annotations

from babel import Locale, UnknownLocaleError

# The termbase's validator is the only one: a code the workbench accepts, the termbase accepts.
from glossary.languages import normalise_language as validate_language
from workbench.errors import WorkbenchError


def file_language(code: str) -> str:
    """The language a file names, a variant kept ("be_BY@tarask" -> "be@tarask"): the import
    says what the file holds and asks which language to store it as (exchange.plain_language)."""
    return validate_language(code, modifier=True)


def parse_language_list(value: str) -> list[str]:
    """``"be,uk, pl"`` -> ``["be", "uk", "pl"]``, each validated, order kept, no repeats."""
    codes = [validate_language(part) for part in value.split(",") if part.strip()]
    if not codes:
        raise WorkbenchError("no language given")
    return list(dict.fromkeys(codes))


def language_name(code: str, ui_locale: str = "en") -> str:
    """The language's name in the UI language: ``language_name("be")`` -> ``"Belarusian"``."""
    try:
        return Locale.parse(code, sep="-").get_display_name(ui_locale) or code
    except (ValueError, UnknownLocaleError):
        return code
