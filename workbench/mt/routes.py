"""Route planning: for a target language, the best chain of installed engine legs.

Without measurements a direct pair wins, then the fewest legs, then the engines' own
preference order (``Engine.preference``). Pivots go through English or Russian: the Argos
index has en↔ru, and Apertium's Slavic pairs start from Russian. When ``workbench mt eval``
has measured routes for the pair, a measured route replaces the default only if it scored
better than the default did.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise, permutations

from workbench.mt.base import ENGINES

PIVOT_LANGUAGES = ("en", "ru")
# Preference of engines the registry does not know (tests' stand-ins): after every real one.
UNKNOWN_PREFERENCE = 1000


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


def _preference(engine: str) -> int:
    return ENGINES[engine].preference if engine in ENGINES else UNKNOWN_PREFERENCE


def candidate_routes(source: str, target: str, available: dict[str, set[tuple[str, str]]]) -> list[Route]:
    """Every route from ``source`` to ``target`` through at most two pivots, best default first."""
    engines_for: dict[tuple[str, str], list[str]] = {}
    for engine in sorted(available, key=lambda name: (_preference(name), name)):
        for pair in available[engine]:
            engines_for.setdefault(pair, []).append(engine)
    pivots = [lang for lang in PIVOT_LANGUAGES if lang not in (source, target)]
    routes: list[Route] = []
    for count in range(len(pivots) + 1):
        for chain in permutations(pivots, count):
            stops = (source, *chain, target)
            hops = list(pairwise(stops))
            if all(hop in engines_for for hop in hops):
                routes += _routes_over(hops, engines_for)
    return sorted(routes, key=lambda route: (len(route.legs), [_preference(leg.engine) for leg in route.legs]))


def _routes_over(hops: list[tuple[str, str]], engines_for: dict[tuple[str, str], list[str]]) -> list[Route]:
    routes = [()]
    for source, target in hops:
        routes = [legs + (Leg(engine, source, target),) for legs in routes for engine in engines_for[source, target]]
    return [Route(legs) for legs in routes]


def plan_route(
    source: str,
    target: str,
    available: dict[str, set[tuple[str, str]]],
    measured: dict[str, float] | None = None,
) -> Route | None:
    """The default route, unless ``measured`` (chrF by route text) says another one is better."""
    candidates = candidate_routes(source, target, available)
    if not candidates:
        return None
    default = candidates[0]
    scored = [route for route in candidates if measured and str(route) in measured]
    if str(default) not in (measured or {}) or not scored:
        return default
    return max(scored, key=lambda route: (measured[str(route)], route is default))


def missing_route_message(source: str, target: str, available: dict[str, set[tuple[str, str]]]) -> str:
    """Why there is no route, and what would give one (each engine's own install hint)."""
    direct_engines = {name for name in ENGINES if ENGINES[name].install_hint(source, target)}

    def leg(leg_source: str, leg_target: str) -> tuple[str, set[str]]:
        """The advice for one leg and the engines that would serve it ("" when none can)."""
        serving = {name for name, pairs in available.items() if (leg_source, leg_target) in pairs}
        if serving:
            engine = min(serving, key=_preference)
            return f"{engine} {leg_source}→{leg_target} (installed)", serving
        hints = {name: hint for name in sorted(ENGINES, key=_preference)
                 if (hint := ENGINES[name].install_hint(leg_source, leg_target))}
        return " or ".join(f"{name} {leg_source}→{leg_target} ({hint})" for name, hint in hints.items()), set(hints)

    direct, _ = leg(source, target)
    options = [direct] if direct else []
    for pivot in PIVOT_LANGUAGES:
        if pivot in (source, target):
            continue
        (first, first_engines), (second, second_engines) = leg(source, pivot), leg(pivot, target)
        # A pivot is worth advice when a leg is installed or needs an engine the direct pair cannot use.
        if first and second and (first.endswith("(installed)") or second.endswith("(installed)")
                                 or not first_engines | second_engines <= direct_engines):
            options.append(f"pivot through {pivot}: {first}, then {second}")
    return f"no route {source}→{target}: install " + "; or ".join(options)
