"""Machine translation: engines (Argos packages through CTranslate2, Apertium), routes, pipeline.

Each engine is one module that registers an ``Engine`` subclass; ``ENGINE_MODULES`` lists them
(as ``workbench.qa`` lists its checks), by full module name so an engine may live outside
this package. Importing this package loads neither CTranslate2 models
nor torch; engines load models lazily.
"""

from __future__ import annotations

import importlib

from workbench.mt.base import ENGINES, Engine, InstalledModel, register_engine

__all__ = ["ENGINES", "ENGINE_MODULES", "Engine", "InstalledModel", "load_engines", "register_engine"]

ENGINE_MODULES = (
    "workbench.mt.argos",
    "workbench.mt.apertium",
)


def load_engines() -> None:
    """Import every module of ``ENGINE_MODULES`` (each registers its engine; importing twice is free)."""
    for module in ENGINE_MODULES:
        importlib.import_module(module)


load_engines()
