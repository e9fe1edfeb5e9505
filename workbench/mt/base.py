"""The engine interface and registry: each engine translates batches between the pairs it has.

Engines register themselves by name (``argos``, ``apertium``); ``workbench.mt.ENGINE_MODULES``
lists the modules that define them. The route planner asks each one which language pairs it
can translate and chains them; the CLI's ``--engine`` choices, ``models list`` and the
"no route" advice all read this registry, so a new engine is one module and one tuple entry.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass


@dataclass(frozen=True)
class InstalledModel:
    """One row of ``workbench models list``: an installed model or pair and what it serves."""

    engine: str
    pairs: tuple[tuple[str, str], ...]
    name: str
    version: str = ""
    details: str = ""


class Engine(ABC):
    name: str
    # Among routes of the same length, engines with a lower number win.
    preference: int = 50
    # Neural models copy a target-language term written into their input; a rule-based engine
    # would take it for an unknown word and lose the case its own dictionary would give.
    inline_terms: bool = True

    @classmethod
    def create(cls, *, threads: int = 0, num_hypotheses: int = 3) -> Engine:
        """The engine with the run's settings; engines ignore those that do not apply to them."""
        return cls()

    @classmethod
    def installed(cls) -> list[InstalledModel]:
        """What this engine has installed, without loading any model."""
        return []

    @classmethod
    def install_hint(cls, source: str, target: str) -> str:
        """How a user would give this engine the pair (a command or package), or "" if it cannot."""
        return ""

    @abstractmethod
    def available_pairs(self) -> set[tuple[str, str]]:
        """The (source, target) language pairs this engine can translate right now."""

    @abstractmethod
    def translate(self, texts: list[str], source: str, target: str) -> list[list[str]]:
        """Translate a batch in one go: for each text its hypotheses, best first (at least one)."""


ENGINES: dict[str, type[Engine]] = {}


def register_engine(engine_class: type[Engine]) -> type[Engine]:
    ENGINES[engine_class.name] = engine_class
    return engine_class
