"""Saving uploaded article files: safe names, a size limit, the same bytes never stored twice."""

from __future__ import annotations

import hashlib
import os
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from components import loading

MAX_NAME_LENGTH = 120
_UNSAFE = re.compile(r"[^\w.\-]+")
_EXTENSION = re.compile(r"\.[a-z0-9]{1,10}$")
# Names Windows refuses whatever the extension; harmless elsewhere, so refused everywhere.
_RESERVED = re.compile(r"^(con|prn|aux|nul|com\d|lpt\d)$", re.IGNORECASE)

Status = Literal["saved", "duplicate", "too_large", "unreadable"]


def safe_upload_name(filename: str, taken: Iterable[str] = ()) -> str:
    """A plain file name for an upload, unlike any in ``taken`` (compared ignoring case).

    Only the last part of the given path is kept (``/`` and ``\\`` both separate), characters
    other than letters, digits, ``-``, ``_`` and ``.`` become ``_``, leading dots go (no hidden
    files, no ``..``), and a repeat gets ``-2``, ``-3``... before its extension.
    """
    base = re.split(r"[\\/]", unicodedata.normalize("NFC", filename))[-1]
    base = _UNSAFE.sub("_", base).strip("._-")
    match = _EXTENSION.search(base.lower())
    extension = match.group(0) if match else ""
    stem = base[: len(base) - len(extension)].rstrip("._-") if extension else base
    if not stem or _RESERVED.match(stem):
        stem = f"upload_{stem}" if stem else "upload"
    stem = stem[: MAX_NAME_LENGTH - len(extension) - 4]
    used = {name.lower() for name in taken}
    name, n = f"{stem}{extension}", 2
    while name.lower() in used:
        name = f"{stem}-{n}{extension}"
        n += 1
    return name


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def find_same_file(data: bytes, folders: Iterable[Path]) -> Path | None:
    """A file under ``folders`` (recursively) with exactly these bytes, if any."""
    size = len(data)
    digest: str | None = None
    for folder in folders:
        if not folder.is_dir():
            continue
        for root, dirs, files in os.walk(folder):
            dirs.sort()
            for name in sorted(files):
                path = Path(root, name)
                try:
                    if path.stat().st_size != size:
                        continue
                    digest = digest or sha256(data)
                    if sha256(path.read_bytes()) == digest:
                        return path
                except OSError:
                    continue  # vanished or unreadable: not the same file
    return None


@dataclass(frozen=True)
class UploadResult:
    status: Status
    message: str
    path: Path | None = None
    articles: int = 0
    article_ids: tuple[str, ...] = ()


def _size(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB" if n >= 100_000 else f"{n / 1000:.0f} kB"


def save_upload(
    data: bytes,
    filename: str,
    uploads_dir: Path,
    *,
    max_bytes: int,
    search: Iterable[Path] = (),
) -> UploadResult:
    """Check and store one uploaded file under ``uploads_dir``; never overwrites.

    Refused: files over ``max_bytes``, and files the loader finds no article in (the message
    says why). A file whose bytes already exist under ``uploads_dir`` or ``search`` is not
    stored again. Otherwise the file is written under a safe name and its readable articles
    are counted (problems with single records are named in the message).
    """
    shown = safe_upload_name(filename) or "upload"
    if len(data) > max_bytes:
        return UploadResult(
            "too_large",
            f"{shown} is {_size(len(data))}; files over {_size(max_bytes)} are not accepted.",
        )
    loaded = loading.load_upload(data, filename)
    readable = loaded["text"].fillna("").str.strip().str.len() > 0
    problems = [str(e) for e in loaded["error"].dropna()]
    if not readable.any():
        reason = "; ".join(dict.fromkeys(problems)) or "no article found"
        return UploadResult("unreadable", f"{shown} was not added: {reason}.")
    ids = tuple(str(i) for i in loaded.loc[readable, "article_id"])
    same = find_same_file(data, [uploads_dir, *search])
    if same is not None:
        return UploadResult(
            "duplicate",
            f"{shown} is already there (same content as {same.name}); not added again.",
            path=same,
            articles=len(ids),
            article_ids=ids,
        )
    uploads_dir.mkdir(parents=True, exist_ok=True)
    root = uploads_dir.resolve()
    while True:
        name = safe_upload_name(filename, (p.name for p in uploads_dir.iterdir()))
        path = root / name
        if path.parent != root:  # cannot happen with a safe name; never write elsewhere
            raise ValueError(f"unsafe upload path {path}")
        try:
            with path.open("xb") as handle:  # exclusive: another session may race us
                handle.write(data)
            break
        except FileExistsError:
            continue
    count = f"{len(ids)} article{'s' if len(ids) != 1 else ''}"
    note = f" Skipped: {'; '.join(problems[:3])}." if problems else ""
    return UploadResult("saved", f"{shown}: {count} added as {name}.{note}", path, len(ids), ids)
