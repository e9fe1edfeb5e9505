"""Argos Translate packages: install/list/remove/build them, and translate with CTranslate2.

``argostranslate.package`` reads and lists packages; installing and removing are done here
because its own helpers import ``argostranslate.translate`` (and with it torch). Translation
runs CTranslate2 directly with the package's SentencePiece model: argos's own path splits
sentences with models it downloads, and the workbench's segments are already sentences.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import tempfile
import zipfile
from pathlib import Path

from workbench.config import default_for_libraries, workbench_home
from workbench.errors import WorkbenchError
from workbench.mt.base import Engine, register_engine

ARGOS_INDEX_HINT = "workbench models install --from-index {source}-{target}"


def argos_dir() -> Path:
    return workbench_home() / "argos"


def argos_settings():
    """``argostranslate.settings``, pointed at the workbench's data directory.

    argos reads its directories once, at import; the workbench home can change between calls
    (tests, several databases), so the module's attributes are set again on every use.
    """
    base = argos_dir()
    default_for_libraries("ARGOS_PACKAGES_DIR", str(base / "packages"))
    from argostranslate import settings

    settings.package_data_dir = base / "packages"
    settings.package_dirs = [settings.package_data_dir]
    settings.downloads_dir = base / "downloads"
    settings.local_package_index = base / "index.json"
    for directory in (settings.package_data_dir, settings.downloads_dir):
        directory.mkdir(parents=True, exist_ok=True)
    return settings


def installed_packages() -> list:
    """The installed argos packages (``argostranslate.package.Package``), sorted by pair."""
    settings = argos_settings()
    from argostranslate.package import Package

    # Folders without metadata (a half-finished unpack) are not packages.
    packages = [Package(folder) for folder in settings.package_data_dir.iterdir()
                if (folder / "metadata.json").is_file()]
    return sorted((package for package in packages if package.type == "translate"),
                  key=lambda package: (package.from_code, package.to_code))


def _package_root(archive: zipfile.ZipFile, path: Path) -> str:
    """The single top-level folder of an .argosmodel, checked to hold what a package needs."""
    names = archive.namelist()
    roots = {name.split("/", 1)[0] for name in names}
    if len(roots) != 1:
        raise WorkbenchError(f"{path}: an .argosmodel holds exactly one folder, found {len(roots)}")
    root = roots.pop()
    missing = [part for part in ("metadata.json", "model/model.bin") if f"{root}/{part}" not in names]
    if not any(f"{root}/{name}" in names for name in ("sentencepiece.model", "bpe.model")):
        missing.append("sentencepiece.model")
    if missing:
        raise WorkbenchError(f"{path}: not an Argos package, missing {', '.join(missing)}")
    try:
        metadata = json.loads(archive.read(f"{root}/metadata.json"))
    except ValueError as error:
        raise WorkbenchError(f"{path}: metadata.json is not valid JSON ({error})") from None
    if not metadata.get("from_code") or not metadata.get("to_code"):
        raise WorkbenchError(f"{path}: metadata.json needs from_code and to_code")
    return root


def install_package(path: Path):
    """Install an .argosmodel file, replacing an installed package of the same name."""
    path = Path(path)
    if not path.is_file():
        raise WorkbenchError(f"no such file: {path}")
    if not zipfile.is_zipfile(path):
        raise WorkbenchError(f"{path}: not an Argos package (.argosmodel files are zip archives)")
    settings = argos_settings()
    from argostranslate.package import Package

    with zipfile.ZipFile(path) as archive:
        root = _package_root(archive, path)
        # Unpack next to the destination, then swap, so a failed unpack leaves nothing behind.
        with tempfile.TemporaryDirectory(dir=settings.package_data_dir, prefix=".unpack-") as scratch:
            archive.extractall(scratch)
            destination = settings.package_data_dir / root
            if destination.exists():
                shutil.rmtree(destination)
            os.replace(Path(scratch) / root, destination)
    return Package(destination)


def remove_package(pair: str) -> list[str]:
    """Remove the packages for ``"en-ru"``; returns the folders removed."""
    source, target = parse_pair(pair)
    removed = []
    for package in installed_packages():
        if (package.from_code, package.to_code) == (source, target):
            shutil.rmtree(package.package_path)
            removed.append(package.package_path.name)
    if not removed:
        raise WorkbenchError(f"no installed model for {source}-{target}; `workbench models list` shows them")
    return removed


def parse_pair(pair: str) -> tuple[str, str]:
    from workbench.languages import validate_language

    source, separator, target = pair.partition("-")
    if not separator or not source or not target:
        raise WorkbenchError(f"expected a language pair such as en-ru, got {pair!r}")
    return validate_language(source), validate_language(target)


def install_from_index(pair: str):
    """Download and install the package for ``"en-ru"`` from the argospm index (needs internet)."""
    source, target = parse_pair(pair)
    settings = argos_settings()
    from argostranslate import package as argos_package

    offline = (
        "could not download the Argos package index from "
        f"{settings.remote_package_index}: this needs an internet connection. Offline, copy an "
        ".argosmodel file here and run `workbench models install FILE.argosmodel`"
    )
    # argos logs and swallows network errors, leaving no index behind; the message below says
    # what to do instead of argos's raw log line.
    logging.getLogger("argostranslate.utils").setLevel(logging.CRITICAL)
    settings.local_package_index.unlink(missing_ok=True)
    argos_package.update_package_index()
    if not settings.local_package_index.exists():
        raise WorkbenchError(offline)
    candidates = [available for available in argos_package.get_available_packages()
                  if (available.from_code, available.to_code) == (source, target)]
    if not candidates:
        raise WorkbenchError(f"the Argos index has no {source}-{target} package")
    try:
        downloaded = candidates[0].download()
    except Exception:  # argos raises a bare Exception when every mirror fails
        raise WorkbenchError(offline.replace("the Argos package index", f"the {source}-{target} package")) from None
    try:
        return install_package(downloaded)
    finally:
        downloaded.unlink(missing_ok=True)


def build_package(
    model_dir: Path,
    sp_model: Path,
    source: str,
    target: str,
    output: Path,
    *,
    target_prefix: str = "",
    version: str = "1.0",
) -> Path:
    """Wrap a CTranslate2 model folder and a SentencePiece model into an .argosmodel file."""
    model_dir, sp_model, output = Path(model_dir), Path(sp_model), Path(output)
    if not (model_dir / "model.bin").is_file():
        raise WorkbenchError(f"{model_dir}: not a CTranslate2 model folder (no model.bin)")
    if not sp_model.is_file():
        raise WorkbenchError(f"no such SentencePiece model: {sp_model}")
    from workbench.languages import language_name

    root = f"translate-{source}_{target}"
    metadata = {
        "package_version": version,
        "argos_version": "1.9",
        "from_code": source,
        "from_name": language_name(source),
        "to_code": target,
        "to_name": language_name(target),
        "type": "translate",
    }
    if target_prefix:
        metadata["target_prefix"] = target_prefix
    output.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(f"{root}/metadata.json", json.dumps(metadata, ensure_ascii=False, indent=2))
        archive.write(sp_model, f"{root}/sentencepiece.model")
        for file in sorted(model_dir.rglob("*")):
            if file.is_file():
                archive.write(file, f"{root}/model/{file.relative_to(model_dir).as_posix()}")
    return output


class ArgosEngine(Engine):
    """Translates with installed argos packages; loaded translators are kept for the next batch."""

    name = "argos"

    def __init__(self, *, threads: int = 0, inter_threads: int = 1, num_hypotheses: int = 3,
                 beam_size: int = 4, max_batch_tokens: int = 2048):
        self.threads = threads
        self.inter_threads = inter_threads
        self.num_hypotheses = num_hypotheses
        self.beam_size = max(beam_size, num_hypotheses)
        self.max_batch_tokens = max_batch_tokens
        self.packages = {(package.from_code, package.to_code): package for package in installed_packages()}
        self._loaded: dict[tuple[str, str], tuple] = {}

    @classmethod
    def create(cls, *, threads: int = 0, num_hypotheses: int = 3) -> ArgosEngine:
        return cls(threads=threads, num_hypotheses=num_hypotheses)

    def available_pairs(self) -> set[tuple[str, str]]:
        return set(self.packages)

    def _load(self, source: str, target: str):
        if (source, target) not in self._loaded:
            import ctranslate2
            import sentencepiece

            package = self.packages[source, target]
            sp_model = package.package_path / "sentencepiece.model"
            if not sp_model.is_file():
                raise WorkbenchError(f"{package.package_path.name}: only SentencePiece packages are supported")
            translator = ctranslate2.Translator(
                str(package.package_path / "model"),
                device="cpu",
                # The fastest type the CPU supports (int8 on x86), as argos itself does.
                compute_type="auto",
                inter_threads=self.inter_threads,
                intra_threads=self.threads,
            )
            tokenizer = sentencepiece.SentencePieceProcessor(model_file=str(sp_model))
            self._loaded[source, target] = (translator, tokenizer, package.target_prefix)
        return self._loaded[source, target]

    def translate(self, texts: list[str], source: str, target: str) -> list[list[str]]:
        if not texts:
            return []
        translator, tokenizer, prefix = self._load(source, target)
        tokens = tokenizer.encode(texts, out_type=str)
        results = translator.translate_batch(
            tokens,
            target_prefix=[[prefix]] * len(tokens) if prefix else None,
            max_batch_size=self.max_batch_tokens,
            batch_type="tokens",
            beam_size=self.beam_size,
            num_hypotheses=self.num_hypotheses,
            replace_unknowns=True,
        )
        return [[self._decode(tokenizer, hypothesis, prefix) for hypothesis in result.hypotheses]
                for result in results]

    @staticmethod
    def _decode(tokenizer, hypothesis: list[str], prefix: str) -> str:
        if prefix and hypothesis[:1] == [prefix]:
            hypothesis = hypothesis[1:]
        return tokenizer.decode_pieces(hypothesis).strip()


register_engine(ArgosEngine)
