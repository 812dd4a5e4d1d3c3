"""Turning uploaded files, zip archives and folders into ``(name, bytes)`` sources, within limits.

Names inside a zip are labels, never paths: members are read into memory and
nothing is ever written to disk, so a member called ``../../etc/passwd`` can
do no harm -- it is still refused, because no honest archive contains one.
"""

from __future__ import annotations

import io
import posixpath
import zipfile
from dataclasses import dataclass
from pathlib import Path

from articles.core.conf import caps

ARTICLE_EXTENSIONS = (".txt", ".html", ".htm", ".jsonl")
ZIP_EXTENSION = ".zip"
MB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    max_file_bytes: int = 2 * MB
    max_files: int = 200
    max_total_bytes: int = 20 * MB
    max_zip_members: int = 500
    max_zip_uncompressed_bytes: int = 50 * MB
    max_zip_ratio: int = 100  # uncompressed / compressed over a large archive: more is a zip bomb


# An editor in the browser; an operator on the command line is trusted with more.
UPLOAD_LIMITS = Limits()


def job_limits():
    """An editor's upload that becomes a background job (see jobs.py): the same limit for each file, far more files
    (``settings.NEWSARCHIVE_IMPORT_JOB_MAX_FILES`` in a zip or a folder, read when called)."""
    return Limits(
        max_total_bytes=200 * MB, max_zip_members=caps.IMPORT_JOB_MAX_FILES, max_zip_uncompressed_bytes=1024 * MB,
    )


# Up to this much an upload is parsed while the editor waits and shown in the editable preview; more is a job.
PREVIEW_MAX_FILES = 20
PREVIEW_MAX_BYTES = 2 * MB
COMMAND_LIMITS = Limits(
    max_file_bytes=20 * MB, max_files=10**9, max_total_bytes=10**15,
    max_zip_members=100_000, max_zip_uncompressed_bytes=2048 * MB,
)


@dataclass(frozen=True)
class Source:
    name: str
    data: bytes


@dataclass(frozen=True)
class Rejected:
    name: str
    reason: str


def size_label(size):
    return f"{size / MB:.1f} MB" if size >= MB / 10 else f"{max(1, size // 1024)} KB"


def extension_of(name):
    return posixpath.splitext(name.lower())[1]


def accept_file(name, data, limits=UPLOAD_LIMITS):
    """``(sources, rejected)`` for one file: an article file, or a zip of them."""
    extension = extension_of(name)
    if extension == ZIP_EXTENSION:
        return expand_zip(name, data, limits)
    if extension not in ARTICLE_EXTENSIONS:
        return [], [Rejected(name, f"unsupported file type {extension or '(none)'}: use .txt, .html, .jsonl or .zip")]
    if len(data) > limits.max_file_bytes:
        return [], [Rejected(name, f"too large ({size_label(len(data))}; the limit is {size_label(limits.max_file_bytes)})")]
    return [Source(name, data)], []


def article_file_count(name, data):
    """How many article files an upload holds: a zip's members (read from its directory, nothing expanded), else 1."""
    if extension_of(name) != ZIP_EXTENSION:
        return 1
    try:
        members = zipfile.ZipFile(io.BytesIO(data)).infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError):
        return 1  # the preview says why it cannot be read
    return sum(1 for m in members if not m.is_dir() and not _is_junk(m.filename))


def expand_zip(name, data, limits=UPLOAD_LIMITS):
    """The article files in a zip, read in memory; unsafe or oversized members are refused with a reason."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError) as error:
        return [], [Rejected(name, f"not a readable zip archive ({error})")]
    files = [m for m in members if not m.is_dir() and not _is_junk(m.filename)]
    if len(files) > limits.max_zip_members:
        return [], [Rejected(name, f"zip has {len(files)} files; the limit is {limits.max_zip_members}")]
    declared = sum(m.file_size for m in files)
    if declared > limits.max_zip_uncompressed_bytes:
        return [], [Rejected(
            name, f"zip expands to {size_label(declared)}; the limit is {size_label(limits.max_zip_uncompressed_bytes)}"
        )]
    compressed = max(1, sum(m.compress_size for m in files))
    if declared > 10 * MB and declared > compressed * limits.max_zip_ratio:
        return [], [Rejected(name, f"zip expands {declared // compressed}-fold, far more than text does; refused as a zip bomb")]
    sources, rejected, total = [], [], 0
    for member in files:
        label = f"{name}: {member.filename}"
        problem = _unsafe_member(member, limits)
        if problem:
            rejected.append(Rejected(label, problem))
            continue
        try:
            content = _read_member(archive, member, limits.max_file_bytes)
        except (zipfile.BadZipFile, RuntimeError, NotImplementedError, OSError, ValueError, EOFError) as error:
            rejected.append(Rejected(label, f"cannot be read from the zip ({error})"))
            continue
        if content is None:
            rejected.append(Rejected(label, f"too large (over {size_label(limits.max_file_bytes)})"))
            continue
        total += len(content)
        if total > limits.max_zip_uncompressed_bytes:  # the headers lied about the sizes
            return [], [Rejected(name, f"zip expands to more than {size_label(limits.max_zip_uncompressed_bytes)}")]
        sources.append(Source(label, content))
    return sources, rejected


def _is_junk(filename):
    parts = [p for p in filename.replace("\\", "/").split("/") if p]
    return not parts or parts[0] == "__MACOSX" or parts[-1].startswith(".")


def _unsafe_member(member, limits):
    filename = member.filename.replace("\\", "/")
    parts = filename.split("/")
    if filename.startswith("/") or ".." in parts or (len(parts[0]) == 2 and parts[0][1] == ":"):
        return "unsafe name inside the zip (absolute path or '..'); refused"
    extension = extension_of(filename)
    if extension == ZIP_EXTENSION:
        return "zip inside a zip; upload the inner zip on its own"
    if extension not in ARTICLE_EXTENSIONS:
        return f"unsupported file type {extension or '(none)'}: use .txt, .html or .jsonl"
    if member.file_size > limits.max_file_bytes:
        return f"too large ({size_label(member.file_size)}; the limit is {size_label(limits.max_file_bytes)})"
    return ""


def _read_member(archive, member, max_bytes):
    """The member's bytes, or None past ``max_bytes`` -- counted as read, not as the header claims."""
    with archive.open(member) as handle:
        content = handle.read(max_bytes + 1)
    return None if len(content) > max_bytes else content


def article_files(paths):
    """``(files, rejected)``: the files to import under ``paths`` (folders searched recursively, dotfiles skipped)."""
    files, rejected = [], []
    for path in map(Path, paths):
        if path.is_dir():
            files += sorted(
                p for p in path.rglob("*")
                if p.is_file()
                and extension_of(p.name) in (*ARTICLE_EXTENSIONS, ZIP_EXTENSION)  # a folder may hold a README, images
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
        elif path.is_file():
            files.append(path)
        else:
            rejected.append(Rejected(str(path), "no such file or folder"))
    return files, rejected


def read_path(path, limits=COMMAND_LIMITS):
    """``(sources, rejected)`` for one file on disk: an article file or a zip of them."""
    try:
        size = path.stat().st_size
        ceiling = limits.max_zip_uncompressed_bytes if extension_of(path.name) == ZIP_EXTENSION else limits.max_file_bytes
        if size > ceiling:
            return [], [Rejected(str(path), f"too large ({size_label(size)}; the limit is {size_label(ceiling)})")]
        data = path.read_bytes()
    except OSError as error:
        return [], [Rejected(str(path), f"cannot be read ({error.strerror or error})")]
    return accept_file(str(path), data, limits)
