"""The termbase: concepts and their terms in each language, matching, inflection, enforcement.

Usable without the web app; the workbench's MT pipeline, QA and editor build on it.
"""

# Imported for its flush listener: every change to the termbase tables bumps the revision.
from glossary import revision as revision
