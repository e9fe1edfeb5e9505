"""Tiny but real translation models for the tests and the benchmark (no downloads, no torch).

``build_copy_model`` makes a one-layer CTranslate2 Transformer whose cross-attention looks up
the source token at the decoder's own position: it copies its input, token for token, and
stops at the source's end-of-sentence. A copy model makes MT output predictable, so tests can
check what the pipeline did around it (protected terms, target prefixes, pivots, batching).
``build_random_model`` makes a model of realistic shape with random weights for benchmarks.
``opus_packages`` builds an OPUS-MT-style package: a source and a different target
SentencePiece model around one shared vocabulary, and ``>>xxx<<`` target tokens.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
import zipfile
from functools import lru_cache
from pathlib import Path

import ctranslate2
import numpy as np
import sentencepiece

# Rows of the position tables: the longest sequence (in tokens) these models accept.
MAX_POSITIONS = 256


def train_sentencepiece(directory: Path, corpus: str, vocab_size: int = 600, **options) -> Path:
    """A SentencePiece model trained on ``corpus``; every character in it gets a piece.
    ``options`` go to the trainer (``model_type="char"``...)."""
    directory.mkdir(parents=True, exist_ok=True)
    text_file = directory / "corpus.txt"
    text_file.write_text(corpus, encoding="utf-8")
    prefix = directory / "sentencepiece"
    sentencepiece.SentencePieceTrainer.train(
        input=str(text_file),
        model_prefix=str(prefix),
        vocab_size=vocab_size,
        hard_vocab_limit=False,
        character_coverage=1.0,
        minloglevel=2,
        num_threads=1,
        **{"model_type": "unigram", **options},
    )
    return prefix.with_suffix(".model")


def _vocabulary(sp_model: Path, extra_tokens: tuple[str, ...]) -> list[str]:
    processor = sentencepiece.SentencePieceProcessor(model_file=str(sp_model))
    return [processor.id_to_piece(index) for index in range(processor.get_piece_size())] + list(extra_tokens)


def _layer_norm(spec, size: int) -> None:
    spec.gamma = np.ones(size, dtype=np.float32)
    spec.beta = np.zeros(size, dtype=np.float32)


def _linear(spec, weight: np.ndarray) -> None:
    spec.weight = weight.astype(np.float32)
    spec.bias = np.zeros(weight.shape[0], dtype=np.float32)


def _unit_rows(random: np.random.Generator, rows: int, columns: int) -> np.ndarray:
    vectors = random.standard_normal((rows, columns))
    return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


def build_copy_model(
    model_dir: Path,
    sp_model: Path,
    *,
    extra_tokens: tuple[str, ...] = (),
    prefix_start: bool = False,
    target_sp_model: Path | None = None,
) -> Path:
    """A CTranslate2 model that copies its source.

    Each token and each position is a random unit vector in its own half of the model's
    dimensions (random vectors are nearly orthogonal, so a dot product recognises its own).
    ``prefix_start``: the decoder has no start token of its own and starts from the target
    prefix (like NLLB's language tokens), so the model only works when the caller passes it.
    ``target_sp_model``: the target side has its own SentencePiece model, whose pieces are the
    source's upper-cased (OPUS-MT style: one shared vocabulary holds both sides' pieces); the
    model writes each source piece upper-cased, so only that model decodes its output.
    """
    vocabulary = _vocabulary(sp_model, extra_tokens)
    if target_sp_model is not None:
        vocabulary += [piece for piece in _vocabulary(target_sp_model, ()) if piece not in vocabulary]
    half = 128
    depth = 2 * half
    random = np.random.default_rng(7)
    tokens = np.zeros((len(vocabulary), depth), dtype=np.float32)
    tokens[:, :half] = _unit_rows(random, len(vocabulary), half)
    position_encodings = np.zeros((MAX_POSITIONS, depth), dtype=np.float32)
    position_encodings[:, half:] = _unit_rows(random, MAX_POSITIONS, half)
    on_tokens = np.zeros((depth, depth), dtype=np.float32)
    on_tokens[:half, :half] = np.eye(half)
    on_positions = np.zeros((depth, depth), dtype=np.float32)
    on_positions[half:, half:] = np.eye(half)
    zeros = np.zeros((depth, depth), dtype=np.float32)

    spec = ctranslate2.specs.TransformerSpec.from_config(1, 1)
    for stack in (spec.encoder, spec.decoder):
        stack.scale_embeddings = False
        stack.position_encodings.encodings = position_encodings
        _layer_norm(stack.layer_norm, depth)
        layer = stack.layer[0]
        _layer_norm(layer.self_attention.layer_norm, depth)
        _linear(layer.self_attention.linear[0], np.zeros((3 * depth, depth)))
        _linear(layer.self_attention.linear[1], zeros)
        _layer_norm(layer.ffn.layer_norm, depth)
        _linear(layer.ffn.linear_0, np.zeros((4, depth)))
        _linear(layer.ffn.linear_1, np.zeros((depth, 4)))
    spec.encoder.embeddings[0].weight = tokens
    spec.decoder.embeddings.weight = tokens
    cross = spec.decoder.layer[0].attention
    _layer_norm(cross.layer_norm, depth)
    # Query = own position (sharpened), key = source position, value = source token.
    _linear(cross.linear[0], 10.0 * on_positions)
    _linear(cross.linear[1], np.concatenate([on_positions, on_tokens]))
    _linear(cross.linear[2], 10.0 * on_tokens)
    projection = tokens
    if target_sp_model is not None:
        # A piece scores with its lower-cased twin's vector; source-only pieces never win.
        index = {piece: row for row, piece in enumerate(vocabulary)}
        target_pieces = set(_vocabulary(target_sp_model, extra_tokens))
        projection = np.zeros_like(tokens)
        for row, piece in enumerate(vocabulary):
            if piece in target_pieces:
                projection[row] = tokens[index.get(piece.lower(), row)]
    _linear(spec.decoder.projection, projection)
    spec.register_source_vocabulary(vocabulary)
    spec.register_target_vocabulary(vocabulary)
    spec.config.add_source_eos = True
    if prefix_start:
        spec.config.decoder_start_token = None
    spec.validate()
    model_dir.mkdir(parents=True, exist_ok=True)
    spec.save(str(model_dir))
    return model_dir


def build_random_model(
    model_dir: Path,
    sp_model: Path,
    *,
    layers: int = 6,
    depth: int = 512,
    heads: int = 8,
    ffn: int = 2048,
    vocab_size: int = 8000,
    output_length: int = 20,
    seed: int = 0,
) -> Path:
    """A Transformer of realistic shape with random weights that stops after about
    ``output_length`` tokens; its vocabulary is padded to ``vocab_size`` with filler pieces.

    Random weights alone would rarely pick end-of-sentence and decode to the length limit:
    one dimension of the decoder's position encodings ramps from very negative to very
    positive at ``output_length``, and only the end-of-sentence logit reads it.
    """
    vocabulary = _vocabulary(sp_model, ())
    vocabulary += [f"▁filler{index}" for index in range(vocab_size - len(vocabulary))]
    random = np.random.default_rng(seed)

    def weights(*shape):
        return (random.standard_normal(shape) / np.sqrt(shape[-1])).astype(np.float32)

    spec = ctranslate2.specs.TransformerSpec.from_config(layers, heads)
    spec.encoder.embeddings[0].weight = weights(len(vocabulary), depth)
    spec.decoder.embeddings.weight = weights(len(vocabulary), depth)
    positions = np.arange(MAX_POSITIONS)[:, None]
    rates = np.exp(-np.log(10000.0) * np.arange(0, depth, 2) / depth)
    sinusoids = np.concatenate([np.sin(positions * rates), np.cos(positions * rates)], axis=1)
    spec.encoder.position_encodings.encodings = sinusoids.astype(np.float32)
    ramp = sinusoids.copy()
    ramp[:, 0] = 20.0 * (positions[:, 0] - output_length)
    spec.decoder.position_encodings.encodings = ramp.astype(np.float32)
    for stack in (spec.encoder, spec.decoder):
        _layer_norm(stack.layer_norm, depth)
        for layer in stack.layer:
            attentions = [layer.self_attention] + ([layer.attention] if hasattr(layer, "attention") else [])
            for attention in attentions:
                _layer_norm(attention.layer_norm, depth)
                if len(attention.linear) == 2:
                    _linear(attention.linear[0], weights(3 * depth, depth))
                    _linear(attention.linear[1], weights(depth, depth))
                else:
                    _linear(attention.linear[0], weights(depth, depth))
                    _linear(attention.linear[1], weights(2 * depth, depth))
                    _linear(attention.linear[2], weights(depth, depth))
            _layer_norm(layer.ffn.layer_norm, depth)
            _linear(layer.ffn.linear_0, weights(ffn, depth))
            _linear(layer.ffn.linear_1, weights(depth, ffn))
    projection = weights(len(vocabulary), depth)
    end_of_sentence = vocabulary.index("</s>")
    projection[end_of_sentence] = 0.0
    projection[end_of_sentence, 0] = 2.0
    _linear(spec.decoder.projection, projection)
    spec.register_source_vocabulary(vocabulary)
    spec.register_target_vocabulary(vocabulary)
    model_dir.mkdir(parents=True, exist_ok=True)
    spec.validate()
    spec.save(str(model_dir))
    return model_dir


SEED_CORPUS_FILES = ("seeds/pohonia-battalion.en.txt", "seeds/termbase.csv")


@lru_cache(maxsize=None)
def copy_packages() -> dict[str, Path]:
    """Copy-model .argosmodel files, built once per process: en-ru, en-pl, en-uk share one
    model; en-be is a multilingual-style model that needs the target prefix ``__be__``."""
    from workbench.mt.argos import build_package

    directory = Path(tempfile.mkdtemp(prefix="workbench-mt-models-"))
    atexit.register(shutil.rmtree, directory, True)
    repo = Path(__file__).resolve().parent.parent
    corpus = "\n".join((repo / name).read_text(encoding="utf-8") for name in SEED_CORPUS_FILES)
    sp_model = train_sentencepiece(directory / "sentencepiece", corpus)
    plain = build_copy_model(directory / "copy", sp_model)
    prefixed = build_copy_model(directory / "copy-prefixed", sp_model, extra_tokens=("__be__",), prefix_start=True)
    packages = {
        f"en-{target}": build_package(plain, sp_model, "en", target, directory / f"en-{target}.argosmodel")
        for target in ("ru", "pl", "uk")
    }
    packages["en-be"] = build_package(
        prefixed, sp_model, "en", "be", directory / "en-be.argosmodel", target_prefix="__be__"
    )
    return packages


# NLLB-200 codes for the workbench's languages, and OPUS-MT's target tokens.
NLLB_TOKENS = {"en": "eng_Latn", "be": "bel_Cyrl", "ru": "rus_Cyrl", "uk": "ukr_Cyrl"}
OPUS_TOKENS = {"be": ">>bel<<", "ru": ">>rus<<", "uk": ">>ukr<<"}


@lru_cache(maxsize=None)
def multilingual_packages() -> dict[str, Path]:
    """Copy-model .argosmodel files that serve many pairs through language tokens held in the
    shared vocabulary: "nllb" (source token first, target token as the decoder's prefix; the
    decoder has no start token of its own) and "opus" (en -> be/ru/uk, ">>bel<<" first)."""
    from workbench.mt.argos import LanguageTokens, build_package

    directory = Path(tempfile.mkdtemp(prefix="workbench-mt-multilingual-"))
    atexit.register(shutil.rmtree, directory, True)
    sp_model = Path(zipfile.ZipFile(copy_packages()["en-ru"]).extract("translate-en_ru/sentencepiece.model", directory))
    nllb = build_copy_model(directory / "nllb", sp_model, extra_tokens=tuple(NLLB_TOKENS.values()), prefix_start=True)
    opus = build_copy_model(directory / "opus", sp_model, extra_tokens=tuple(OPUS_TOKENS.values()))
    return {
        "nllb": build_package(nllb, sp_model, "en", "be", directory / "nllb.argosmodel",
                              language_tokens=LanguageTokens(NLLB_TOKENS, "target-prefix")),
        "opus": build_package(opus, sp_model, "en", "be", directory / "opus.argosmodel",
                              language_tokens=LanguageTokens(OPUS_TOKENS, "source-token")),
    }


@lru_cache(maxsize=None)
def opus_packages() -> dict[str, Path]:
    """An OPUS-MT-style multi-target package (en -> be/ru/uk by ``>>bel<<``...) with a source
    and a target SentencePiece model, and the files it is made of.

    The source model holds the seed corpus's lower-case characters; the target model holds
    capitals and decodes them to lower case (its own denormalisation rules, as real target
    models may have). The copy model writes the source's pieces as capitals, so a lower-case
    text comes back unchanged only when the target model decodes the draft.
    """
    from workbench.mt.argos import LanguageTokens, build_package

    directory = Path(tempfile.mkdtemp(prefix="workbench-mt-opus-"))
    atexit.register(shutil.rmtree, directory, True)
    repo = Path(__file__).resolve().parent.parent
    corpus = "\n".join((repo / name).read_text(encoding="utf-8") for name in SEED_CORPUS_FILES)
    capitals = sorted({letter for letter in corpus.upper() if letter.lower() != letter and len(letter.lower()) == 1})
    rules = directory / "lower-case.tsv"
    rules.write_text("".join(f"{ord(letter):X}\t{ord(letter.lower()):X}\n" for letter in capitals), encoding="utf-8")
    source_spm = train_sentencepiece(directory / "source", corpus.lower(), model_type="char")
    target_spm = train_sentencepiece(directory / "target", corpus.upper(), model_type="char",
                                     denormalization_rule_tsv=str(rules))
    model = build_copy_model(directory / "model", source_spm, extra_tokens=tuple(OPUS_TOKENS.values()),
                             target_sp_model=target_spm)
    return {"model": model, "source.spm": source_spm, "target.spm": target_spm,
            "package": build_package(model, source_spm, "en", "be", directory / "opus-two-spm.argosmodel",
                                     language_tokens=LanguageTokens(OPUS_TOKENS, "source-token"),
                                     target_sp_model=target_spm)}
