"""The termbase: concepts and their terms in each language, matching, inflection, enforcement.

Usable without the web app; the workbench's MT pipeline, QA and editor build on it.
"""
