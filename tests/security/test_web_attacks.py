"""A logged-in user pushing past the editor's routes: ids beyond what the database holds in
requests the editor's own script never sends, a Referer that would send a page off the site, a
translator reaching an admin's action (the termbase) through the New names panel, and a GET that
makes the server look for names in 200 KB of text, an uploaded file's name no file may have."""

from __future__ import annotations

import io

import pytest
from security_support import log_in, team_app  # noqa: F401  (fixture)
from sqlalchemy import func, select

from glossary.models import Concept

HUGE = 10**20  # past a 64-bit SQL integer


def test_a_translations_lookup_of_an_id_past_64_bits_is_a_json_error(team_app):
    translator = log_in(team_app, "translator")
    response = translator.get(f"/api/jobs/translations/be?ids=1,{HUGE}")
    assert response.status_code == 400
    assert "ids" in response.get_json()["error"]


def test_replacing_in_a_segment_id_past_64_bits_reports_it_as_a_conflict(team_app):
    translator = log_in(team_app, "translator")
    headers = {"X-CSRFToken": translator.csrf}
    saved = translator.post("/api/segments/1/be", headers=headers,
                            json={"text": "Добры дзень.", "status": "translated", "base_version": 0})
    assert saved.status_code == 200, saved.get_data(as_text=True)
    response = translator.post("/api/documents/1/be/replace", headers=headers, json={
        "find": "Добры", "replace": "Прывітанне", "apply": True, "segments": {str(HUGE): 1, "²": 1, "1": 1},
    })
    assert response.status_code == 200, response.get_data(as_text=True)
    answer = response.get_json()
    assert answer["conflicts"] == [str(HUGE), "²"]  # echoed: no segment has such an id
    assert [applied["translation"]["text"] for applied in answer["applied"]] == ["Прывітанне дзень."]


def test_an_error_never_sends_the_browser_to_a_host_named_in_the_referer_path(team_app):
    translator = log_in(team_app, "translator")
    # An import without a file is a user error: the page goes back where it came from.
    response = translator.post("/documents/1/translations", data={"csrf_token": translator.csrf},
                               headers={"Referer": "http://localhost//elsewhere.example/login"})
    assert response.status_code == 303
    assert not response.headers["Location"].startswith("//")
    assert "elsewhere.example" not in response.headers["Location"]


def test_a_translator_cannot_add_a_name_to_the_termbase(team_app):
    translator = log_in(team_app, "translator")
    response = translator.post("/api/documents/1/names", headers={"X-CSRFToken": translator.csrf},
                               json={"name": "Hanna Zhukava", "kind": "person"})
    assert response.status_code == 403
    termbase = translator.get("/termbase?q=zhukava").get_data(as_text=True)
    assert "hanna-zhukava" not in termbase
    panel = translator.get("/documents/1/be").get_data(as_text=True)
    assert 'data-can-add="0"' in panel


def test_an_admin_still_adds_a_name_from_the_panel(team_app):
    admin = log_in(team_app, "admin")
    assert 'data-can-add="1"' in admin.get("/documents/1/be").get_data(as_text=True)
    response = admin.post("/api/documents/1/names", headers={"X-CSRFToken": admin.csrf},
                          json={"name": "Hanna Zhukava", "kind": "person"})
    assert response.status_code == 200, response.get_data(as_text=True)
    assert response.get_json()["concept"] == "hanna-zhukava"


def test_the_termbase_add_form_finds_names_only_in_a_segment_sized_source(team_app, monkeypatch):
    import workbench.web.termbase

    analysed = []
    monkeypatch.setattr(workbench.web.termbase, "discover", lambda source: analysed.append(len(source)) or [])
    admin = log_in(team_app, "admin")
    sentence = "Hanna Zhukava, a teacher from Hrodna, said the school would reopen."
    for source in (sentence, "Hanna Zhukava said so. " * 8000):  # the second: 184 KB in the address
        page = admin.get("/termbase", query_string={"add_term": "Hanna Zhukava", "add_lang": "en", "add_source": source})
        assert page.status_code == 200
        assert 'value="hanna-zhukava"' in page.get_data(as_text=True)
    assert analysed == [len(sentence)]


@pytest.mark.parametrize(("filename", "said"), [
    ("terms.c\x00sv", "U+0000"),  # a NUL in a path: ValueError, a 500 page
    ("terms." + "c" * 300, "c is not a"),  # a suffix past the 255 bytes a file name may have: OSError, a 500 page
])
def test_an_uploaded_files_name_is_said_wrong_not_a_server_error(team_app, database, filename, said):
    admin = log_in(team_app, "admin")
    for page in ("/termbase/import", "/documents/1/translations"):
        response = admin.post(page, data={"file": (io.BytesIO(b"key,kind,en,be\n"), filename), "csrf_token": admin.csrf},
                              content_type="multipart/form-data")
        assert response.status_code == 303
        shown = admin.get(response.headers["Location"]).get_data(as_text=True)
        assert said in shown
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(Concept)) == 0
