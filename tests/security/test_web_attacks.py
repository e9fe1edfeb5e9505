"""A logged-in user pushing past the editor's routes: ids beyond what the database holds in
requests the editor's own script never sends, a Referer that would send a page off the site, and
a translator reaching an admin's action (the termbase) through the New names panel."""

from __future__ import annotations

from security_support import log_in, team_app  # noqa: F401  (fixture)

HUGE = 10**20  # past a 64-bit SQL integer


def test_a_translations_lookup_of_an_id_past_64_bits_is_a_json_error(team_app):
    translator = log_in(team_app, "translator")
    response = translator.get(f"/api/jobs/translations/be?ids=1,{HUGE}")
    assert response.status_code == 400
    assert "ids" in response.get_json()["error"]
