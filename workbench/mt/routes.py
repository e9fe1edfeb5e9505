"""Route planning: for a target language, the shortest chain of installed engine legs.

A direct pair wins; otherwise pivots (en→ru with argos, then ru→be with Apertium; any→en→any
through argos). Among routes of the same length, engines earlier in the preference order win.
"""

from __future__ import annotations

from dataclasses import dataclass

from workbench.mt.apertium import DEBIAN_PACKAGES
from workbench.mt.argos import ARGOS_INDEX_HINT

MAX_LEGS = 3
ENGINE_PREFERENCE = ("argos", "apertium")


@dataclass(frozen=True)
class Leg:
    engine: str
    source: str
    target: str

    def __str__(self) -> str:
        return f"{self.engine} {self.source}→{self.target}"


@dataclass(frozen=True)
class Route:
    legs: tuple[Leg, ...]

    def __str__(self) -> str:
        return " | ".join(str(leg) for leg in self.legs)


def plan_route(source: str, target: str, available: dict[str, set[tuple[str, str]]]) -> Route | None:
    """Breadth-first search over the installed pairs: fewest legs, then engine preference."""
    engines = sorted(available, key=lambda name: (ENGINE_PREFERENCE + (name,)).index(name))
    frontier: list[tuple[Leg, ...]] = [()]
    visited = {source}
    for _ in range(MAX_LEGS):
        next_frontier = []
        for legs in frontier:
            here = legs[-1].target if legs else source
            for engine in engines:
                for pair_source, pair_target in sorted(available[engine]):
                    if pair_source != here or pair_target in visited:
                        continue
                    route = legs + (Leg(engine, pair_source, pair_target),)
                    if pair_target == target:
                        return Route(route)
                    next_frontier.append(route)
        visited.update(legs[-1].target for legs in next_frontier)
        frontier = next_frontier
    return None


def missing_route_message(source: str, target: str, available: dict[str, set[tuple[str, str]]]) -> str:
    """Why there is no route, and the commands that would give one."""
    options = [f"a model for {source}-{target} (`{ARGOS_INDEX_HINT.format(source=source, target=target)}`, "
               "or `workbench models package` for a model converted elsewhere)"]
    installed = available.get("apertium", set())
    for (pivot, pair_target), debian_package in DEBIAN_PACKAGES.items():
        # Russian is the hub: the Argos index has en↔ru, and Apertium's Slavic pairs start there.
        if pair_target != target or pivot != "ru" or source == "ru":
            continue
        leg = f"apertium {pivot}→{target}"
        if (pivot, target) not in installed:
            leg += f" (Debian package {debian_package})"
        options.append(f"{source}-{pivot} (`{ARGOS_INDEX_HINT.format(source=source, target=pivot)}`) "
                       f"to pivot through {leg}")
    return f"no route {source}→{target}: install " + "; or ".join(options)
