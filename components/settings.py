"""Settings read from the environment: where rebuildable things are kept, whether to go online."""

from __future__ import annotations

import os
from pathlib import Path

DEFAULT_CACHE_DIR = Path(__file__).resolve().parent.parent / "data" / "cache"
CACHE_ENV = "INCIDENTS_CACHE_DIR"
ONLINE_ENV = "INCIDENTS_ONLINE_GEOCODER"
KEPT_ENV = "INCIDENTS_KEPT_DIR"


def cache_dir() -> Path:
    """The cache folder (gazetteer, extractor versions): ``INCIDENTS_CACHE_DIR``, else
    ``data/cache``."""
    return Path(os.environ.get(CACHE_ENV) or DEFAULT_CACHE_DIR)


def kept_dir() -> Path:
    """Where the page keeps what it made for a store's state (:mod:`components.kept`):
    ``INCIDENTS_KEPT_DIR``, else ``kept`` in the cache folder."""
    return Path(os.environ.get(KEPT_ENV) or cache_dir() / "kept")


def online_enabled(online: bool | None = None) -> bool:
    """An explicit choice, else the environment variable ``INCIDENTS_ONLINE_GEOCODER``."""
    if online is not None:
        return online
    return os.environ.get(ONLINE_ENV, "").strip().lower() in ("1", "true", "yes", "on")
