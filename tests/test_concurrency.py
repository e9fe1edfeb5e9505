"""No lost work: optimistic locking on saves, and machine drafts that keep off human edits."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time

import pytest
from sqlalchemy import func, select

from conftest import REPO
from workbench.errors import StaleTranslation
from workbench.models import Document, Revision, Segment, Translation
from workbench.translations import approve_translations, get_translation, save_machine_draft, save_translation


@pytest.fixture
def segment_id(database) -> int:
    """A segment with a machine draft in Belarusian (translation version 1)."""
    with database.session() as session:
        document = Document(title="Pahonia", source_lang="en", checksum="0" * 64)
        segment = Segment(document=document, position=0, paragraph=0, source_text="The battalion.")
        session.add(document)
        save_machine_draft(session, segment, "be", "Батальён.", origin="mt")
        return segment.id


def human_save(database, segment_id: int, text: str, base_version: int, author: str = "ala") -> int:
    with database.session() as session:
        segment = session.get(Segment, segment_id)
        translation = save_translation(
            session, segment, "be", text, status="translated", origin="human", author=author, base_version=base_version
        )
    return translation.version


def current(database, segment_id: int) -> Translation:
    with database.session() as session:
        return get_translation(session, session.get(Segment, segment_id), "be")


def history(database, segment_id: int) -> list[Revision]:
    with database.session() as session:
        translation = get_translation(session, session.get(Segment, segment_id), "be")
        return list(session.scalars(select(Revision).where(Revision.translation_id == translation.id).order_by(Revision.id)))


def test_two_editors_from_the_same_version_one_wins_the_other_is_told(database, segment_id):
    base = current(database, segment_id).version
    assert human_save(database, segment_id, "Полк «Пагоня».", base, author="ala") == base + 1
    with pytest.raises(StaleTranslation) as conflict:
        human_save(database, segment_id, "Батальён «Пагоня».", base, author="bob")
    # The loser gets both texts, readable after the rollback: theirs and the one that won.
    assert conflict.value.attempted_text == "Батальён «Пагоня»."
    assert (conflict.value.translation.text, conflict.value.translation.version) == ("Полк «Пагоня».", base + 1)
    assert current(database, segment_id).text == "Полк «Пагоня»."
    assert [r.author for r in history(database, segment_id)] == ["mt", "ala"]


def test_interleaved_sessions_the_second_commit_is_refused(database, segment_id):
    """Both read version 1 in open transactions; the first commits, the second's UPDATE finds no row."""
    first = database.sessionmaker()
    second = database.sessionmaker()
    try:
        seg_a = first.get(Segment, segment_id)
        seg_b = second.get(Segment, segment_id)
        version_a = get_translation(first, seg_a, "be").version
        version_b = get_translation(second, seg_b, "be").version
        save_translation(first, seg_a, "be", "A", status="translated", origin="human", base_version=version_a)
        first.commit()
        with pytest.raises(StaleTranslation) as conflict:
            save_translation(second, seg_b, "be", "B", status="translated", origin="human", base_version=version_b)
        second.rollback()
        assert conflict.value.translation.text == "A"
    finally:
        first.close()
        second.close()
    assert current(database, segment_id).text == "A"
    assert [r.new_text for r in history(database, segment_id)] == ["Батальён.", "A"]


def test_hammering_threads_lose_no_update(database, segment_id):
    """Threads save over and over, retrying after conflicts: every success is in the history, in order."""
    threads, saves_each = 4, 15
    successes: list[str] = []
    conflicts = 0
    lock = threading.Lock()

    def editor(number: int) -> None:
        nonlocal conflicts
        for attempt in range(saves_each):
            text = f"editor {number} save {attempt}"
            while True:
                base = current(database, segment_id).version
                try:
                    human_save(database, segment_id, text, base, author=f"editor{number}")
                except StaleTranslation:
                    with lock:
                        conflicts += 1
                    continue
                with lock:
                    successes.append(text)
                break

    workers = [threading.Thread(target=editor, args=(n,)) for n in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()

    revisions = history(database, segment_id)[1:]  # after the machine draft
    final = current(database, segment_id)
    assert len(successes) == threads * saves_each
    assert sorted(r.new_text for r in revisions) == sorted(successes)
    # Each save started from the text the previous one left: nobody overwrote unseen work.
    chain = history(database, segment_id)
    assert all(later.old_text == earlier.new_text for earlier, later in zip(chain, chain[1:]))
    assert final.text == revisions[-1].new_text
    assert final.version == len(chain)


def test_machine_run_never_overwrites_a_human_edit(database, segment_id):
    human_save(database, segment_id, "Полк «Пагоня».", base_version=1)
    with database.session() as session:
        segment = session.get(Segment, segment_id)
        assert save_machine_draft(session, segment, "be", "Машынны пераклад.", origin="mt") is None
    assert current(database, segment_id).text == "Полк «Пагоня»."
    assert len(history(database, segment_id)) == 2


def test_machine_run_that_read_before_the_human_saved_is_refused(database, segment_id):
    """The MT run loaded the draft, a person saved meanwhile: the run's write must not land."""
    machine = database.sessionmaker()
    try:
        segment = machine.get(Segment, segment_id)
        # Held while "translating", as a batch run holds the drafts it loaded.
        loaded_draft = get_translation(machine, segment, "be")
        assert loaded_draft.origin == "mt"
        human_save(database, segment_id, "Полк «Пагоня».", base_version=1)
        with pytest.raises(StaleTranslation):
            save_machine_draft(machine, segment, "be", "Машынны пераклад.", origin="mt")
        machine.rollback()
    finally:
        machine.close()
    assert current(database, segment_id).text == "Полк «Пагоня»."


def test_forced_machine_run_replaces_a_human_edit_and_keeps_it_in_history(database, segment_id):
    human_save(database, segment_id, "Полк «Пагоня».", base_version=1)
    with database.session() as session:
        save_machine_draft(session, session.get(Segment, segment_id), "be", "Новы чарнавік.", origin="mt", force=True)
    assert current(database, segment_id).text == "Новы чарнавік."
    assert "Полк «Пагоня»." in [r.old_text for r in history(database, segment_id)]


def test_an_import_killed_midway_leaves_no_partial_document_and_a_rerun_completes(database, tmp_path):
    """kill -9 at several moments of `workbench import`: each document is there whole or not at all."""
    paragraph = "The battalion trains near Warsaw. Mr. Smith said “we are ready,” and left. " * 10
    article = tmp_path / "long.txt"
    article.write_text((paragraph + "\n\n") * 150, encoding="utf-8")
    command = [sys.executable, "-c", "from workbench.cli import main; main()", "import", str(article), "--json"]
    # The kill moments are fractions of a whole run on this machine, so a fast idle machine and a
    # loaded one both get killed mid-import rather than before it starts or after it ends.
    started = time.perf_counter()
    finished = subprocess.run(command, cwd=REPO, env=os.environ, capture_output=True, text=True, check=True)
    whole_run = time.perf_counter() - started
    complete = json.loads(finished.stdout)["segments"]
    interrupted = 0
    for fraction in (0.5, 0.7, 0.85):
        process = subprocess.Popen(command, cwd=REPO, env=os.environ, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        time.sleep(whole_run * fraction)
        interrupted += process.poll() is None
        process.send_signal(signal.SIGKILL)
        process.wait()
    assert interrupted, "every import finished before it could be killed: make the article longer"
    subprocess.run(command, cwd=REPO, env=os.environ, capture_output=True, text=True, check=True)
    with database.session() as session:
        counts = session.execute(
            select(Document.id, func.count(Segment.id)).join(Segment, isouter=True).group_by(Document.id)
        ).all()
    assert counts, "the re-run did not import the document"
    assert all(count == complete for _, count in counts), counts


def test_a_reviewers_approval_of_many_segments_is_refused_whole_naming_the_one_a_translator_saved_meanwhile(database):
    with database.session() as session:
        document = Document(title="Live blog", source_lang="en", checksum="1" * 64)
        segments = [Segment(document=document, position=n, paragraph=n, source_text=f"Update {n}.") for n in range(4)]
        session.add(document)
        for segment in segments:
            save_translation(session, segment, "be", f"Абнаўленне {segment.position}.", status="translated", origin="human", author="ala")
        ids = [segment.id for segment in segments]
    with database.session() as reviewer:
        rows = [(segment, get_translation(reviewer, segment, "be")) for segment in map(reviewer.get, [Segment] * 4, ids)]
        # The translator saves the third segment after the reviewer's page read it.
        human_save(database, ids[2], "Абнаўленне 2, выпраўлена.", rows[2][1].version)
        with pytest.raises(StaleTranslation) as conflict:
            approve_translations(reviewer, rows, author="petra")
    assert conflict.value.translation.segment_id == ids[2]
    assert conflict.value.translation.text == "Абнаўленне 2, выпраўлена."
    assert [current(database, segment_id).status for segment_id in ids] == ["translated"] * 4  # none approved
    with database.session() as reviewer:
        rows = [(segment, get_translation(reviewer, segment, "be")) for segment in map(reviewer.get, [Segment] * 4, ids)]
        approve_translations(reviewer, rows, author="petra")
    assert [(current(database, i).status, current(database, i).updated_by) for i in ids] == [("reviewed", "petra")] * 4
    assert [revision.new_status for revision in history(database, ids[2])] == ["translated", "translated", "reviewed"]
