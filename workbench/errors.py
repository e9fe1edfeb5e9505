"""Errors a user can cause and fix. The CLI prints them as one line, without a traceback."""

from glossary.errors import GlossaryError


class WorkbenchError(Exception):
    """A user-facing error: bad input, unknown language, missing model, stale schema..."""


class StaleTranslation(WorkbenchError):
    """A save was based on an older version of the translation than the stored one."""

    def __init__(self, translation, attempted_text: str):
        self.translation = translation
        self.attempted_text = attempted_text
        super().__init__(
            f"segment {translation.segment_id} ({translation.lang}) was changed by someone else "
            f"(now version {translation.version}); your text was not saved"
        )


# What each front end's one error boundary reports to the user (glossary's errors included).
USER_ERRORS = (WorkbenchError, GlossaryError)
