"""Language codes: the one validator the termbase and the workbench share.

A code is BCP 47's language, script and variant subtags (``be``, ``be-latn``, ``sr-latn``), in
lower case. What locales and tools add without naming another language, a region or a charset
(``uk_UA``, ``en-GB``, ``uk_UA.UTF-8``), is dropped: the text is stored where the workbench looks
for the language. A POSIX modifier (``be@tarask``) is another way of writing a language, not a
code to store under: refused from a person; a file reader keeps it (``modifier=True``) so the
import can say what the file holds and ask which language to store it as.
"""

from __future__ import annotations

import re
from functools import lru_cache

from babel import Locale, UnknownLocaleError

from glossary.errors import GlossaryError

LOCALE_CODE = re.compile(
    r"(?P<language>[a-z]{2,3})(?P<script>-[a-z]{4})?(?:-(?:[a-z]{2}|\d{3}))?"
    r"(?P<variants>(?:-(?:[a-z0-9]{5,8}|\d[a-z0-9]{3}))*)(?:\.[a-z0-9-]+)?(?P<modifier>@[a-z0-9]+)?"
)
EXAMPLES = "use an ISO 639 code such as en, be, uk, pl, ru"


@lru_cache(maxsize=1024)  # bounded: codes come from URLs and forms too
def normalise_language(code: str, *, modifier: bool = False) -> str:
    """``"BE"`` -> ``"be"``, ``"uk_UA.UTF-8"`` -> ``"uk"``, ``"be_Latn"`` -> ``"be-latn"``; a code
    babel does not know, any other shape, or (unless ``modifier``) ``"be@tarask"`` is a
    GlossaryError. With ``modifier`` the modifier is kept: ``"be_BY@tarask"`` -> ``"be@tarask"``."""
    spelled = (code or "").strip().replace("_", "-").lower()
    match = LOCALE_CODE.fullmatch(spelled)
    try:
        Locale.parse(match["language"] if match else spelled, sep="-")
    except (ValueError, UnknownLocaleError):
        match = None
    if match is None:
        raise GlossaryError(f"unknown language code {code!r}; {EXAMPLES}")
    if match["modifier"] and not modifier:
        raise GlossaryError(f"{code!r} names a variant of {match['language']} (after '@'), not a language; {EXAMPLES}")
    normalised = match["language"] + (match["script"] or "") + match["variants"]
    return normalised + (match["modifier"] or "") if modifier else normalised
