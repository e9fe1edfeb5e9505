"""Workbench: offline translation and glossary workbench for be / uk / pl / ru.

Importing this package must stay cheap: no torch, no argostranslate.translate.
"""
