"""Apertium engine: rule-based Slavic legs (rus→bel, rus↔ukr) from Debian's apertium pairs.

Debian 12's ``apertium-tagger`` segfaults on these pairs' ``.prob`` files, so the engine runs
the mode's steps itself and replaces the tagger by keeping the first reading of the
constraint-grammar output (CG has already removed the readings it could rule out).
"""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from workbench.errors import WorkbenchError
from workbench.mt.base import Engine, InstalledModel, register_engine

# Debian's packages, then pairs built from source.
MODES_DIRS = (Path("/usr/share/apertium/modes"), Path("/usr/local/share/apertium/modes"))
# ISO 639-1 (workbench) <-> ISO 639-3 (Apertium mode names).
APERTIUM_CODES = {"be": "bel", "uk": "ukr", "ru": "rus", "pl": "pol", "en": "eng"}
DEBIAN_PACKAGES = {("ru", "be"): "apertium-bel-rus", ("be", "ru"): "apertium-bel-rus",
                   ("ru", "uk"): "apertium-rus-ukr", ("uk", "ru"): "apertium-rus-ukr"}
# One lexical unit of the stream: ^surface/reading1/reading2$ ("\" escapes ^ / $).
_LEXICAL_UNIT = re.compile(r"\^((?:\\.|[^$\\])*)\$")
_READING_SEPARATOR = re.compile(r"(?<!\\)/")


def first_reading(stream: str) -> str:
    """Stand-in for ``apertium-tagger -g``: ``^word/r1/r2$`` -> ``^r1$``."""

    def keep_first(match: re.Match) -> str:
        parts = _READING_SEPARATOR.split(match.group(1))
        return "^" + (parts[1] if len(parts) > 1 else parts[0]) + "$"

    return _LEXICAL_UNIT.sub(keep_first, stream)


@dataclass(frozen=True)
class ApertiumPair:
    source: str
    target: str
    mode_file: Path

    def steps(self) -> list[list[str] | None]:
        """The mode's commands; None stands for the tagger step that the engine replaces."""
        steps: list[list[str] | None] = []
        for command in self.mode_file.read_text().strip().split(" | "):
            words = shlex.split(command)
            if words[0] == "apertium-tagger":
                steps.append(None)
                continue
            # $1 is the generation flag: -n leaves unknown words unmarked (no "*"); $2 is unused.
            steps.append([{"$1": "-n"}.get(word, word) for word in words if word != "$2"])
        return steps


def installed_pairs(modes_dirs: tuple[Path, ...] = MODES_DIRS) -> dict[tuple[str, str], ApertiumPair]:
    if shutil.which("lt-proc") is None:
        return {}
    codes = {three: two for two, three in APERTIUM_CODES.items()}
    pairs = {}
    for modes_dir in modes_dirs:
        for mode_file in sorted(modes_dir.glob("*-*.mode")):
            source, _, target = mode_file.stem.partition("-")
            if source in codes and target in codes:
                pairs.setdefault((codes[source], codes[target]), ApertiumPair(codes[source], codes[target], mode_file))
    return pairs


def _run(command: list[str], text: str) -> str:
    try:
        result = subprocess.run(command, input=text, capture_output=True, text=True, check=False)
    except FileNotFoundError:
        raise WorkbenchError(f"apertium step {command[0]} is not installed") from None
    if result.returncode != 0:
        raise WorkbenchError(
            f"apertium step {command[0]} failed (exit {result.returncode}): {result.stderr.strip()[:300]}"
        )
    return result.stdout


class ApertiumEngine(Engine):
    name = "apertium"
    preference = 20

    def __init__(self, modes_dirs: tuple[Path, ...] = MODES_DIRS):
        self.pairs = installed_pairs(modes_dirs)

    @classmethod
    def installed(cls) -> list[InstalledModel]:
        return [InstalledModel(cls.name, (pair,), apertium_pair.mode_file.stem)
                for pair, apertium_pair in installed_pairs().items()]

    @classmethod
    def install_hint(cls, source: str, target: str) -> str:
        package = DEBIAN_PACKAGES.get((source, target))
        return f"Debian package {package}" if package else ""

    def available_pairs(self) -> set[tuple[str, str]]:
        return set(self.pairs)

    def translate(self, texts: list[str], source: str, target: str) -> list[list[str]]:
        """One run of the pipeline for the whole batch: one segment per line."""
        if not texts:
            return []
        pair = self.pairs[source, target]
        stream = _run(["apertium-destxt"], "\n".join(" ".join(text.split()) for text in texts) + "\n")
        for step in pair.steps():
            stream = first_reading(stream) if step is None else _run(step, stream)
        lines = _run(["apertium-retxt"], stream).split("\n")
        if len(lines) < len(texts):
            raise WorkbenchError(f"apertium {source}→{target} returned {len(lines)} lines for {len(texts)} segments")
        return [[line.strip()] for line in lines[: len(texts)]]


register_engine(ApertiumEngine)
