"""Every change to a translation goes through here, so each one leaves a Revision.

Saves by people carry the version they started from; a stale version is refused, never merged
silently. Machine drafts never replace text a person wrote unless forced.
"""

from __future__ import annotations

from sqlalchemy import func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from workbench.errors import StaleTranslation, WorkbenchError
from workbench.models import CONFIRMED_STATUSES, MACHINE_ORIGINS, STATUSES, Revision, Segment, Translation, utcnow


def get_translation(session: Session, segment: Segment, lang: str) -> Translation | None:
    return session.scalar(
        select(Translation).where(Translation.segment_id == segment.id, Translation.lang == lang)
    )


def save_translation(
    session: Session,
    segment: Segment,
    lang: str,
    text: str,
    *,
    status: str,
    origin: str,
    author: str = "",
    base_version: int | None = None,
    **machine_fields,
) -> Translation:
    """Store ``text`` as the translation of ``segment`` into ``lang`` and record a Revision.

    ``base_version`` is the version the editor started from (None: creating, or a tool that
    does not lock). ``machine_fields`` sets route, raw_mt, glossary_changes, alternatives.
    Raises StaleTranslation when someone else saved in between.
    """
    translation = _record(session, segment, lang, text, status=status, origin=origin, author=author,
                          base_version=base_version, machine_fields=machine_fields)
    _flush(session, [(segment.id, lang, text, base_version)])
    return translation


def approve_translations(session: Session, rows: list[tuple[Segment, Translation]], *, author: str) -> None:
    """Mark the translations of ``rows`` reviewed, each with its Revision, in one flush: the unit
    of work and the memory's mirror then run once for the batch, not once a segment (a reviewer's
    approve-all took 14 ms a segment, two thirds of it in per-segment flushes). Raises
    StaleTranslation, naming the segment, when someone saved one of them in between."""
    saves = [(segment.id, translation.lang, translation.text, translation.version) for segment, translation in rows]
    for segment, translation in rows:
        _record(session, segment, translation.lang, translation.text, status="reviewed", origin=translation.origin,
                author=author, base_version=translation.version, machine_fields={}, translation=translation)
    _flush(session, saves)


def _record(session: Session, segment: Segment, lang: str, text: str, *, status: str, origin: str, author: str,
            base_version: int | None, machine_fields: dict, translation: Translation | None = None) -> Translation:
    """Change (or create) the translation in the session, with its Revision; ``translation`` is
    the row when the caller has already read it."""
    if status not in STATUSES:
        raise WorkbenchError(f"unknown status {status!r}; expected one of {', '.join(STATUSES)}")
    if status in CONFIRMED_STATUSES and not text.strip():
        raise WorkbenchError(f"an empty translation cannot be {status}; save it as a draft or write the translation")
    translation = translation or get_translation(session, segment, lang)
    if translation is None:
        translation = Translation(segment=segment, lang=lang, text="", status="untranslated")
        session.add(translation)
    elif base_version is not None and translation.version != base_version:
        raise StaleTranslation(_stored_translation(session, segment.id, lang), text)
    if translation.id is not None and translation.text == text and translation.status == status:
        return translation
    # Added, not appended to translation.revisions: appending would load the collection, and
    # the load's autoflush would flush each save of a batch on its own.
    session.add(
        Revision(
            translation=translation,
            old_text=translation.text,
            new_text=text,
            old_status=translation.status,
            new_status=status,
            origin=origin,
            author=author,
        )
    )
    translation.text = text
    translation.status = status
    translation.origin = origin
    translation.source_text = segment.source_text
    translation.updated_at = utcnow()
    translation.updated_by = author
    for name, value in machine_fields.items():
        if name not in ("route", "raw_mt", "glossary_changes", "alternatives"):
            raise TypeError(f"unexpected field {name}")
        setattr(translation, name, value)
    return translation


def _flush(session: Session, saves: list[tuple[int, str, str, int | None]]) -> None:
    """Write the saves (segment id, language, text, the version each started from; read before
    the flush, which expires every object in the session when it fails)."""
    try:
        session.flush()
    except (StaleDataError, IntegrityError) as error:
        # Another transaction updated (or created) a row after we read it. The caller's
        # transaction is spent; the conflict carries the first changed row as it now stands.
        for segment_id, lang, text, base_version in saves:
            stored = _stored_translation(session, segment_id, lang)
            if base_version is None or stored.version != base_version:
                break
        raise StaleTranslation(stored, text) from error


def _stored_translation(session: Session, segment_id: int, lang: str) -> Translation:
    """The committed translation, detached, so a conflict can show it after the rollback."""
    with Session(session.get_bind()) as fresh:
        stored = fresh.scalar(
            select(Translation).where(Translation.segment_id == segment_id, Translation.lang == lang)
        )
    if stored is None:
        raise WorkbenchError(f"segment {segment_id} was deleted while it was being saved")
    return stored


def save_machine_draft(
    session: Session,
    segment: Segment,
    lang: str,
    text: str,
    *,
    origin: str,
    force: bool = False,
    **machine_fields,
) -> Translation | None:
    """Store an MT or TM draft unless a person already worked on this segment (or ``force``).

    Returns the translation, or None when it was left alone.
    """
    existing = get_translation(session, segment, lang)
    if existing is not None and existing.touched_by_person and not force:
        return None
    return save_translation(
        session, segment, lang, text, status="draft", origin=origin, author=origin, **machine_fields
    )


def _repetitions_of(segment: Segment, lang: str, *columns):
    """SELECT ``columns`` of the document's other segments with the same source that still
    need a translation: none yet, untranslated, or a machine draft nobody has touched."""
    return (
        select(*columns)
        .select_from(Segment)
        .outerjoin(Translation, (Translation.segment_id == Segment.id) & (Translation.lang == lang))
        .where(
            Segment.document_id == segment.document_id,
            Segment.source_key == segment.source_key,
            Segment.source_text == segment.source_text,
            Segment.id != segment.id,
            or_(Translation.id.is_(None), Translation.status == "untranslated", Translation.origin.in_(MACHINE_ORIGINS)),
        )
    )


def count_repetitions(session: Session, segment: Segment, lang: str) -> int:
    return session.scalar(_repetitions_of(segment, lang, func.count()))


def repetitions(session: Session, segment: Segment, lang: str) -> list[Segment]:
    """The segments ``propagate`` would fill in, in document order."""
    found = list(session.scalars(_repetitions_of(segment, lang, Segment)))
    # Sorted here: ORDER BY position would lead SQLite to walk the whole document in position order.
    return sorted(found, key=lambda other: other.position)


def propagate(session: Session, segment: Segment, lang: str, *, author: str) -> list[Translation]:
    """Give the segment's confirmed translation to its untranslated repetitions (see ``repetitions``)."""
    source = get_translation(session, segment, lang)
    if source is None or source.status not in CONFIRMED_STATUSES:
        raise WorkbenchError("confirm this segment's translation before applying it to its repetitions")
    return [
        save_translation(session, other, lang, source.text, status="translated", origin="repetition", author=author)
        for other in repetitions(session, segment, lang)
    ]
