"""Fixtures of the security suite (helpers are in security_support.py)."""

from __future__ import annotations

import pytest
from security_support import PASSWORD, make_app

from workbench.accounts import add_user
from workbench.models import Document, Segment


@pytest.fixture
def team_app(database):
    """The editor as served to a team: login required; an admin, then a translator."""
    with database.session() as session:
        add_user(session, "admin", PASSWORD, "admin")
        add_user(session, "translator", PASSWORD, "translator")
        document = Document(title="Doc", source_lang="en", checksum="test")
        document.segments = [Segment(position=0, paragraph=0, source_text="Hello.")]
        session.add(document)
    return make_app(database)

