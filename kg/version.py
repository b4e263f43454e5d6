"""The installed version of kg, in a leaf module so that any layer may report it without importing the package's
lazy face (kg/__init__), which imports the pipeline."""
from __future__ import annotations

from importlib import metadata

try:
    __version__ = metadata.version("kg")
except metadata.PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0"
