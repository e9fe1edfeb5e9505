"""Translation memory: confirmed translations from every document, plus imported units (TMX).

Exact matches feed the MT pipeline (reused without MT); fuzzy matches and concordance search
serve the editor and ``workbench tm``. Both kinds of unit live in one indexed table
(``units``); the database's own indexes (``index``) find candidates and rapidfuzz scores them
(``search``).
"""

from workbench.tm.search import (
    ConcordanceHit,
    ConcordancePage,
    TMMatch,
    concordance,
    fuzzy_matches,
    scan_matches,
)
from workbench.tm.units import (
    BATCH,
    DOCUMENT_ORIGIN,
    Origin,
    add_units,
    bulk_import,
    delete_origin,
    exact_match,
    exact_matches,
    mirror_translations,
    origins,
    set_penalty,
    source_key,
)

__all__ = [
    "BATCH",
    "DOCUMENT_ORIGIN",
    "ConcordanceHit",
    "ConcordancePage",
    "Origin",
    "TMMatch",
    "add_units",
    "bulk_import",
    "concordance",
    "delete_origin",
    "exact_match",
    "exact_matches",
    "fuzzy_matches",
    "mirror_translations",
    "origins",
    "scan_matches",
    "set_penalty",
    "source_key",
]
