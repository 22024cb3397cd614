"""Where the project keeps what it can rebuild: the gazetteer, the extractor versions."""

from __future__ import annotations

import os
from pathlib import Path

DEFAULT_CACHE_DIR = Path(__file__).resolve().parent.parent / "data" / "cache"
CACHE_ENV = "INCIDENTS_CACHE_DIR"


def cache_dir() -> Path:
    """The cache folder: ``INCIDENTS_CACHE_DIR``, else ``data/cache``."""
    return Path(os.environ.get(CACHE_ENV) or DEFAULT_CACHE_DIR)
