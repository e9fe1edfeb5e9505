"""Language codes: the one validator the termbase and the workbench share."""

from __future__ import annotations

from functools import lru_cache

from babel import Locale, UnknownLocaleError

from glossary.errors import GlossaryError


@lru_cache(maxsize=1024)  # bounded: codes come from URLs and forms too
def normalise_language(code: str) -> str:
    """``"BE"`` -> ``"be"``, ``"pt_BR"`` -> ``"pt-br"``; a code babel does not know is a GlossaryError."""
    normalised = (code or "").strip().replace("_", "-").lower()
    try:
        Locale.parse(normalised, sep="-")
    except (ValueError, UnknownLocaleError):
        raise GlossaryError(f"unknown language code {code!r}; use an ISO 639 code such as en, be, uk, pl, ru") from None
    return normalised
