"""Results kept on disk between processes, so that a restarted page does not make them again.

A result is filed under its key (what it was made from, e.g. a corpus digest that changes with
every write to the store) and under the version of this package's code: a code change makes
every kept result stale. Only the most recently used :data:`KEEP` files stay.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import os
import pickle
from collections.abc import Callable, Hashable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")
KEEP = 24  # files kept at most; the oldest go first
_PACKAGE = Path(__file__).resolve().parent


@functools.cache
def code_version() -> str:
    """A digest of the package's Python sources (a few milliseconds, once per process)."""
    digest = hashlib.sha1()
    for path in sorted(_PACKAGE.glob("*.py")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def path_for(folder: Path, key: Hashable) -> Path:
    """Where the result of ``key`` is kept: its ``repr`` must say all it was made from."""
    name = hashlib.sha1(repr((code_version(), key)).encode()).hexdigest()[:24]
    return folder / f"{name}.pkl"


def kept(folder: Path, key: Hashable, make: Callable[[], T], *, keep: int = KEEP) -> T:
    """``make()``, or what it returned for ``key`` before (in any process) if still kept.

    A missing, damaged or unreadable file only costs making the result again; a folder that
    cannot be written only costs keeping it.
    """
    path = path_for(folder, key)
    try:
        with path.open("rb") as handle:
            found_key, value = pickle.load(handle)  # files written below only
        if found_key == repr(key):
            with contextlib.suppress(OSError):
                path.touch()  # recently used: the last to be dropped
            return value
    except (OSError, EOFError, pickle.UnpicklingError, ValueError, TypeError, AttributeError):
        pass
    value = make()
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        with partial.open("wb") as handle:
            pickle.dump((repr(key), value), handle, protocol=pickle.HIGHEST_PROTOCOL)
        partial.replace(path)
        drop_oldest(path.parent, keep)
    return value


def drop_oldest(folder: Path, keep: int, pattern: str = "*.pkl") -> None:
    """Delete all but the ``keep`` most recently used files of ``folder`` matching ``pattern``."""
    files = []
    for path in folder.glob(pattern):
        with contextlib.suppress(OSError):  # another process may have dropped it
            files.append((path.stat().st_mtime, path))
    for _, path in sorted(files, reverse=True)[keep:]:
        with contextlib.suppress(OSError):
            path.unlink()
