"""The engine interface and registry: each engine translates batches between the pairs it has.

Engines register themselves by name (``argos``, ``apertium``); the route planner asks each one
which language pairs it can translate and chains them.
"""

from __future__ import annotations

from abc import ABC, abstractmethod


class Engine(ABC):
    name: str

    @classmethod
    def create(cls, *, threads: int = 0, num_hypotheses: int = 3) -> Engine:
        """The engine with the run's settings; engines ignore those that do not apply to them."""
        return cls()

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
