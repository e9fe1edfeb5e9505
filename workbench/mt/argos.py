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
from dataclasses import dataclass
from pathlib import Path

from workbench.config import default_for_libraries, workbench_home
from workbench.errors import WorkbenchError
from workbench.mt.base import Engine, InstalledModel, register_engine

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


def _is_plain_name(part: str) -> bool:
    """A file or folder name that stays where it is put on any system: not empty, not ``.``
    or ``..``, no separator or drive colon, no leading or trailing space."""
    return bool(part) and part not in (".", "..") and part == part.strip() and not any(
        character in part for character in "\\:")


def _check_member(member: zipfile.ZipInfo, path: Path) -> None:
    """Refuse a member that could land outside the unpack folder or point elsewhere: a zip is
    written by whoever sent it, and ``extractall`` only mends some of these names."""
    parts = member.filename.removesuffix("/").split("/") if member.is_dir() else member.filename.split("/")
    if not all(_is_plain_name(part) for part in parts):
        raise WorkbenchError(f"{path}: refused, the member {member.filename!r} could land outside "
                             "the package folder")
    if (member.external_attr >> 16) & 0o170000 == 0o120000:
        raise WorkbenchError(f"{path}: refused, the member {member.filename!r} is a symbolic link")


def _package_root(archive: zipfile.ZipFile, path: Path) -> str:
    """The single top-level folder of an .argosmodel, checked to hold what a package needs and
    nothing that would be unpacked outside it."""
    names = archive.namelist()
    roots = {name.split("/", 1)[0] for name in names}
    if len(roots) != 1:
        raise WorkbenchError(f"{path}: an .argosmodel holds exactly one folder, found {len(roots)}")
    root = roots.pop()
    if not _is_plain_name(root):
        raise WorkbenchError(f"{path}: refused, the package's folder {root!r} is not a plain folder name")
    for member in archive.infolist():
        _check_member(member, path)
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
            # The last guard before deleting: only a folder directly in the packages folder.
            if destination.parent.resolve() != settings.package_data_dir.resolve() or destination.is_symlink():
                raise WorkbenchError(f"{path}: refused, {root!r} is not a folder of the packages folder")
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


# How a multilingual model is told the languages. NLLB-200 / M2M-100 ("target-prefix"): the
# source language's token starts the source and the target's starts the decoder. OPUS-MT
# multi-target ("source-token"): the target's token (">>bel<<") starts the source.
TOKEN_STYLES = ("target-prefix", "source-token")
END_OF_SENTENCE = "</s>"
# OPUS-MT models ship two SentencePiece models (source.spm, target.spm): the package keeps the
# target's under this name and drafts are decoded with it; argos's own packages have one.
TARGET_SP_MODEL = "target_sentencepiece.model"


@dataclass(frozen=True)
class LanguageTokens:
    """The language tokens a package's metadata declares ("language_tokens", "language_token_style")."""

    tokens: dict[str, str]
    style: str = "target-prefix"

    @classmethod
    def parse(cls, value: str, style: str) -> LanguageTokens:
        """``"en=eng_Latn,be=bel_Cyrl"`` -> tokens by language code, codes validated."""
        from workbench.languages import validate_language

        if style not in TOKEN_STYLES:
            raise WorkbenchError(f"unknown language token style {style!r}; choose {', '.join(TOKEN_STYLES)}")
        tokens = {}
        for item in filter(None, (part.strip() for part in value.split(","))):
            code, separator, token = item.partition("=")
            if not separator or not token.strip():
                raise WorkbenchError(f"expected CODE=TOKEN such as be=bel_Cyrl, got {item!r}")
            tokens[validate_language(code)] = token.strip()
        return cls(tokens, style)

    def pairs(self, source: str) -> set[tuple[str, str]]:
        """Every pair the model serves: any to any (NLLB), or the package's source to each target (OPUS)."""
        sources = self.tokens if self.style == "target-prefix" else {source}
        return {(a, b) for a in sources for b in self.tokens if a != b}


def _model_vocabulary(model_dir: Path) -> set[str] | None:
    """The CTranslate2 model's tokens (shared or source + target), or None when not readable."""
    tokens: set[str] = set()
    for stem in ("shared_vocabulary", "source_vocabulary", "target_vocabulary"):
        if (model_dir / f"{stem}.json").is_file():
            tokens.update(json.loads((model_dir / f"{stem}.json").read_text(encoding="utf-8")))
        elif (model_dir / f"{stem}.txt").is_file():
            tokens.update((model_dir / f"{stem}.txt").read_text(encoding="utf-8").splitlines())
    return tokens or None


def build_package(
    model_dir: Path,
    sp_model: Path,
    source: str,
    target: str,
    output: Path,
    *,
    target_prefix: str = "",
    language_tokens: LanguageTokens | None = None,
    target_sp_model: Path | None = None,
    version: str = "1.0",
) -> Path:
    """Wrap a CTranslate2 model folder and a SentencePiece model into an .argosmodel file.

    ``language_tokens`` makes it a multilingual package: once installed it serves every pair
    its tokens allow, not only ``source``-``target``. ``target_sp_model``: the model's own
    SentencePiece model for the target side (OPUS-MT's target.spm), when it has one.
    """
    model_dir, sp_model, output = Path(model_dir), Path(sp_model), Path(output)
    if not (model_dir / "model.bin").is_file():
        raise WorkbenchError(f"{model_dir}: not a CTranslate2 model folder (no model.bin)")
    for model in (sp_model, target_sp_model):
        if model is not None and not Path(model).is_file():
            raise WorkbenchError(f"no such SentencePiece model: {model}")
    from workbench.languages import language_name

    # A multilingual package is named by its languages, so two such models can be installed side by side.
    root = (f"translate-{'_'.join(language_tokens.tokens)}-{language_tokens.style}" if language_tokens
            else f"translate-{source}_{target}")
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
    if language_tokens:
        if (source, target) not in language_tokens.pairs(source):
            raise WorkbenchError(f"the language tokens give no token for {source}-{target}; "
                                 f"they name {', '.join(language_tokens.tokens)}")
        vocabulary = _model_vocabulary(model_dir)
        unknown = [token for token in language_tokens.tokens.values() if vocabulary and token not in vocabulary]
        if unknown:
            raise WorkbenchError(f"{model_dir}: the model's vocabulary has no {', '.join(unknown)}")
        metadata["language_tokens"] = language_tokens.tokens
        metadata["language_token_style"] = language_tokens.style
    output.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(f"{root}/metadata.json", json.dumps(metadata, ensure_ascii=False, indent=2))
        archive.write(sp_model, f"{root}/sentencepiece.model")
        if target_sp_model is not None:
            archive.write(target_sp_model, f"{root}/{TARGET_SP_MODEL}")
        for file in sorted(model_dir.rglob("*")):
            if file.is_file():
                archive.write(file, f"{root}/model/{file.relative_to(model_dir).as_posix()}")
    return output


def convert_from_hf(checkpoint: Path, output: Path, *, quantization: str = "int8") -> Path:
    """Convert a Hugging Face checkpoint on disk (NLLB, M2M-100, OPUS-MT) to a CTranslate2 folder."""
    checkpoint, output = Path(checkpoint), Path(output)
    if not (checkpoint / "config.json").is_file():
        raise WorkbenchError(f"{checkpoint}: not a Hugging Face checkpoint (no config.json)")
    try:
        import transformers  # noqa: F401  (CTranslate2's converter needs it)
    except ImportError:
        raise WorkbenchError("converting needs the optional packages transformers and torch: "
                             "pip install 'workbench[convert]'") from None
    from ctranslate2.converters import TransformersConverter

    try:
        return Path(TransformersConverter(str(checkpoint)).convert(str(output), quantization=quantization))
    except (ValueError, OSError, RuntimeError) as error:
        raise WorkbenchError(f"{checkpoint}: CTranslate2 could not convert it ({error})") from None


@dataclass(frozen=True)
class _Installed:
    """An installed package with what translating needs to know about it."""

    package: object
    language_tokens: LanguageTokens | None

    @classmethod
    def read(cls, package) -> _Installed:
        metadata = json.loads((package.package_path / "metadata.json").read_text(encoding="utf-8"))
        tokens = metadata.get("language_tokens")
        style = metadata.get("language_token_style", "target-prefix")
        return cls(package, LanguageTokens(dict(tokens), style) if isinstance(tokens, dict) and tokens else None)

    def pairs(self) -> set[tuple[str, str]]:
        main = {(self.package.from_code, self.package.to_code)}
        return main | self.language_tokens.pairs(self.package.from_code) if self.language_tokens else main

    def inputs(self, pieces: list[list[str]], source: str, target: str, add_eos: bool):
        """The source tokens and target prefixes for a batch from ``source`` to ``target``."""
        prefix: list[str] = []
        start: list[str] = []
        if self.language_tokens is None:
            prefix = [self.package.target_prefix] if self.package.target_prefix else []
        elif self.language_tokens.style == "target-prefix":
            start = [self.language_tokens.tokens[source]]
            prefix = [self.language_tokens.tokens[target]]
        else:
            start = [self.language_tokens.tokens[target]]
        end = [END_OF_SENTENCE] if add_eos else []
        sources = [start + tokens + end for tokens in pieces]
        return sources, ([prefix] * len(pieces) if prefix else None)

    def special_tokens(self) -> set[str]:
        """Tokens that must never reach the draft's text."""
        tokens = set(self.language_tokens.tokens.values()) if self.language_tokens else set()
        return tokens | ({self.package.target_prefix} if self.package.target_prefix else set()) | {END_OF_SENTENCE}


class ArgosEngine(Engine):
    """Translates with installed argos packages; loaded translators are kept for the next batch."""

    name = "argos"
    preference = 10

    def __init__(self, *, threads: int = 0, inter_threads: int = 1, num_hypotheses: int = 3,
                 beam_size: int = 4, max_batch_tokens: int = 2048):
        self.threads = threads
        self.inter_threads = inter_threads
        self.num_hypotheses = num_hypotheses
        self.beam_size = max(beam_size, num_hypotheses)
        self.max_batch_tokens = max_batch_tokens
        self.packages: dict[tuple[str, str], _Installed] = {}
        # A package made for the pair wins over a multilingual one that also serves it.
        installed = sorted((_Installed.read(package) for package in installed_packages()),
                           key=lambda item: item.language_tokens is None)
        for item in installed:
            for pair in item.pairs():
                self.packages[pair] = item
        self._loaded: dict[Path, tuple] = {}

    @classmethod
    def create(cls, *, threads: int = 0, num_hypotheses: int = 3) -> ArgosEngine:
        return cls(threads=threads, num_hypotheses=num_hypotheses)

    @classmethod
    def installed(cls) -> list[InstalledModel]:
        rows = []
        for package in installed_packages():
            item = _Installed.read(package)
            details = (f"prefix {package.target_prefix}" if package.target_prefix else "")
            if item.language_tokens:
                details = f"multilingual ({item.language_tokens.style}: {', '.join(item.language_tokens.tokens.values())})"
            rows.append(InstalledModel(cls.name, tuple(sorted(item.pairs())), package.package_path.name,
                                       package.package_version, details))
        return rows

    @classmethod
    def install_hint(cls, source: str, target: str) -> str:
        return (f"`{ARGOS_INDEX_HINT.format(source=source, target=target)}`, "
                "or `workbench models package` for a model converted elsewhere")

    def available_pairs(self) -> set[tuple[str, str]]:
        return set(self.packages)

    def _load(self, item: _Installed):
        path = item.package.package_path
        if path not in self._loaded:
            import ctranslate2
            import sentencepiece

            sp_model = path / "sentencepiece.model"
            if not sp_model.is_file():
                raise WorkbenchError(f"{path.name}: only SentencePiece packages are supported")
            translator = ctranslate2.Translator(
                str(path / "model"),
                device="cpu",
                # The fastest type the CPU supports (int8 on x86), as argos itself does.
                compute_type="auto",
                inter_threads=self.inter_threads,
                intra_threads=self.threads,
            )
            tokenizer = sentencepiece.SentencePieceProcessor(model_file=str(sp_model))
            target_sp_model = path / TARGET_SP_MODEL
            detokenizer = (sentencepiece.SentencePieceProcessor(model_file=str(target_sp_model))
                           if target_sp_model.is_file() else tokenizer)
            config = path / "model" / "config.json"
            adds_eos = config.is_file() and json.loads(config.read_text(encoding="utf-8")).get("add_source_eos", False)
            # Converted Hugging Face models expect the source to end with </s>; argos's own do not.
            self._loaded[path] = (translator, tokenizer, detokenizer,
                                  item.language_tokens is not None and not adds_eos)
        return self._loaded[path]

    def translate(self, texts: list[str], source: str, target: str) -> list[list[str]]:
        if not texts:
            return []
        item = self.packages[source, target]
        translator, tokenizer, detokenizer, add_eos = self._load(item)
        sources, prefixes = item.inputs(tokenizer.encode(texts, out_type=str), source, target, add_eos)
        results = translator.translate_batch(
            sources,
            target_prefix=prefixes,
            max_batch_size=self.max_batch_tokens,
            batch_type="tokens",
            beam_size=self.beam_size,
            num_hypotheses=self.num_hypotheses,
            replace_unknowns=True,
        )
        special = item.special_tokens()
        return [[detokenizer.decode_pieces([piece for piece in hypothesis if piece not in special]).strip()
                 for hypothesis in result.hypotheses]
                for result in results]


register_engine(ArgosEngine)
