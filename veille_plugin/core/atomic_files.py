"""Output files written whole or not at all: a temporary name in the same folder, fsync, then ``os.replace``.

A report, an export or a layer written in place leaves a 0-byte or half-written file when the disk fills up or the
process is killed, beside complete ones, and it has already destroyed the previous good file. Here every output is
first written under a hidden temporary name in its own folder (the rename then stays on one file system, so it is
atomic), flushed to the disk, and only then renamed over the final name. On any failure the temporary file is
removed and the previous file stays as it was. :class:`OutputSet` does the same for several files that belong
together (a committee report's HTML, CSV and JSON, the 353 element files): none is renamed until all are written.

A full disk (ENOSPC, EDQUOT) or another refused write becomes :class:`OutputWriteError`, a French message naming the
file, never «Erreur interne inattendue (OSError)».
"""

import errno
import hashlib
import os
import secrets
from contextlib import contextmanager
from pathlib import Path
from typing import Dict, Iterator, Optional

from .errors import VeilleError
from .i18n import tr
from .os_words import os_error_words

#: errno values that mean «no room left» (EDQUOT: a user quota, same remedy)
_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
#: the words of libraries that do not raise OSError (GDAL, SQLite) for a full disk
_FULL_WORDS = ("no space left on device", "database or disk is full", "disk quota exceeded")
#: longest file name most file systems accept, in bytes (NAME_MAX of Linux, macOS, NTFS's 255 UTF-16 units)
NAME_MAX = 255
_NAME_MAX = NAME_MAX
#: what SQLite appends to a database's name for its rollback journal: a GeoPackage's name must leave room for it
SQLITE_JOURNAL_SUFFIX = "-journal"


class OutputWriteError(VeilleError):
    """An output file could not be written (``disk_full`` when the disk or quota is full); nothing partial is left."""

    def __init__(self, message: str, path: Path, reason: str = "", disk_full: bool = False):
        super().__init__(message)
        self.path = Path(path)
        self.reason = reason
        self.disk_full = disk_full


class NameTooLongError(OutputWriteError):
    """A file or folder name longer than the file system accepts (refused before anything is written)."""


def name_bytes(name: str) -> int:
    """The length of one file name in bytes as the file system counts it (UTF-8: an accented letter counts 2)."""
    return len(name.encode("utf-8", "surrogateescape"))


def long_name_message(path, name: str, limit: int = NAME_MAX, reserved: str = "") -> str:
    """The French refusal of ``name`` (one component of ``path``) longer than ``limit`` bytes; ``reserved`` says what
    takes the rest of the 255 bytes (SQLite's journal)."""
    why = (
        tr(" (255 octets par nom, moins {k} octets que SQLite ajoute au nom pour son journal « -journal »)").format(
            k=NAME_MAX - limit
        )
        if reserved
        else tr(" (255 octets par nom)")
    )
    return tr(
        "nom trop long : {p} — le nom « {start}… » fait {n} octets, le système de fichiers en accepte {m} au "
        "plus{why} ; une lettre accentuée compte pour 2 octets. Rien n'a été écrit ; choisissez un nom plus court."
    ).format(p=path, start=name[:40], n=name_bytes(name), m=limit, why=why)


def check_name_lengths(path, limit: int = NAME_MAX, reserved: str = "") -> None:
    """Refuse ``path`` up front when one of its names is longer than the file system accepts (its last name longer
    than ``limit`` bytes, a folder's longer than 255), with :class:`NameTooLongError` and a French message, rather
    than failing half-way with the system's English «File name too long»."""
    path = Path(path)
    for part in path.parent.parts:
        if part not in (path.anchor, "") and name_bytes(part) > NAME_MAX:
            raise NameTooLongError(long_name_message(path, part), path, tr("nom trop long"))
    if name_bytes(path.name) > limit:
        raise NameTooLongError(long_name_message(path, path.name, limit, reserved), path, tr("nom trop long"))


def name_too_long(exc: OSError) -> NameTooLongError:
    """The French error for the system's ENAMETOOLONG on ``exc.filename`` (naming its longest name)."""
    path = Path(os.fsdecode(exc.filename)) if exc.filename else Path(".")
    longest = max(path.parts or ("",), key=name_bytes)
    return NameTooLongError(long_name_message(path, longest), path, tr("nom trop long"))


def fitted_name(name: str, suffix: str, limit: int = NAME_MAX) -> str:
    """``name + suffix``, or when that is longer than ``limit`` bytes, ``name`` cut and followed by a hash of the whole
    name (so two long names sharing their start still give two different names), then ``suffix``."""
    whole = name + suffix
    if name_bytes(whole) <= limit:
        return whole
    digest = "~" + hashlib.sha256(name.encode("utf-8", "surrogateescape")).hexdigest()[:16]
    cut = name
    while cut and name_bytes(cut + digest + suffix) > limit:
        cut = cut[:-1]
    return cut + digest + suffix


def _is_full(exc: BaseException) -> bool:
    if isinstance(exc, OSError) and exc.errno in _FULL:
        return True
    return any(w in str(exc).lower() for w in _FULL_WORDS)


def output_error(exc: BaseException, path) -> OutputWriteError:
    """The French error for a failed write of ``path`` (the final name, not the temporary one)."""
    if isinstance(exc, OutputWriteError):
        return exc
    path = Path(path)
    if _is_full(exc):
        return OutputWriteError(
            tr(
                "disque plein : {p}. Aucun fichier incomplet n'a été laissé et les fichiers déjà présents sont "
                "intacts ; libérez de la place ou choisissez un autre dossier, puis relancez."
            ).format(p=path),
            path,
            tr("disque plein"),
            disk_full=True,
        )
    if isinstance(exc, OSError) and exc.errno == errno.ENAMETOOLONG:
        return name_too_long(OSError(exc.errno, exc.strerror, str(path)))
    reason = os_error_words(exc) if isinstance(exc, OSError) else (str(exc) or type(exc).__name__)
    return OutputWriteError(
        tr(
            "écriture impossible : {p} ({reason}). Aucun fichier incomplet n'a été laissé ; vérifiez le dossier "
            "et les droits d'écriture."
        ).format(p=path, reason=reason),
        path,
        reason,
    )


def make_dirs(folder) -> Path:
    """Create ``folder`` and its parents if needed (a failure becomes :class:`OutputWriteError`)."""
    folder = Path(folder)
    check_name_lengths(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise output_error(exc, folder) from None
    return folder


def temporary_name(path) -> Path:
    """A hidden temporary name beside ``path``, unique to this process, keeping its extension (libraries choose the
    format from it) and short enough for the file system even when the final name is long: SQLite's journal
    («-journal» appended) must fit too, when a library writes a GeoPackage there."""
    path = Path(path)
    tag = f".{os.getpid()}-{secrets.token_hex(3)}.tmp{path.suffix}"
    stem = path.stem
    while stem and name_bytes("." + stem + tag) > NAME_MAX - len(SQLITE_JOURNAL_SUFFIX):
        stem = stem[:-1]
    return path.with_name("." + stem + tag)


def _remove(tmp: Path) -> None:
    """Remove a temporary file and what SQLite may leave beside it; silent (the original error matters)."""
    for name in (str(tmp), f"{tmp}-journal", f"{tmp}-wal", f"{tmp}-shm"):
        try:
            os.unlink(name)
        except OSError:
            pass


def _fsync_file(tmp: Path) -> None:
    fd = os.open(str(tmp), os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    """Make the rename itself durable where the system allows it (not on Windows)."""
    try:
        fd = os.open(str(folder), os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _write_new(tmp: Path, data: bytes) -> None:
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    fd = os.open(str(tmp), flags, 0o666)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
        os.fsync(fd)
    finally:
        os.close(fd)


class OutputSet:
    """Files that belong together, renamed into place only once all of them are written.

    Use as a context manager: ``with OutputSet() as outs: outs.write_text(p, text); lib.write(outs.staged(q))``.
    Leaving the block normally renames every file; an error removes every temporary file and leaves the previous
    files as they were. Errors of writing become :class:`OutputWriteError` naming the final file."""

    def __init__(self):
        self._staged: Dict[Path, Path] = {}  # final path -> temporary path
        self._current: Optional[Path] = None

    def __enter__(self) -> "OutputSet":
        return self

    def __exit__(self, kind, exc, tb) -> bool:
        if exc is None:
            self.commit()
            return False
        self.discard()
        if isinstance(exc, OutputWriteError):
            return False
        if isinstance(exc, OSError) or (isinstance(exc, Exception) and _is_full(exc)):
            raise output_error(exc, self._current or next(iter(self._staged), Path("."))) from None
        return False

    def staged(self, path) -> Path:
        """The temporary name under which a library writes ``path`` (the folder is created if needed)."""
        path = Path(path)
        self._current = path
        check_name_lengths(path)
        make_dirs(path.parent)
        if path in self._staged:
            _remove(self._staged[path])
        tmp = temporary_name(path)
        self._staged[path] = tmp
        return tmp

    def write_bytes(self, path, data: bytes) -> Path:
        """Write ``data`` under a temporary name for ``path``; returns ``path``."""
        path = Path(path)
        tmp = self.staged(path)
        try:
            _write_new(tmp, data)
        except OSError as exc:
            raise output_error(exc, path) from None
        return path

    def write_text(self, path, text: str, encoding: str = "utf-8") -> Path:
        """Write ``text`` under a temporary name for ``path``; returns ``path``."""
        return self.write_bytes(path, text.encode(encoding))

    def commit(self) -> None:
        """Flush what libraries wrote, then rename every file into place."""
        final, folders = None, {p.parent for p in self._staged}
        try:
            for final, tmp in self._staged.items():
                self._current = final
                if not tmp.exists():
                    raise FileNotFoundError(errno.ENOENT, tr("fichier temporaire absent"), str(tmp))
                _fsync_file(tmp)
            for final, tmp in list(self._staged.items()):
                self._current = final
                os.replace(tmp, final)
                del self._staged[final]
        except OSError as exc:
            self.discard()
            raise output_error(exc, final or Path(".")) from None
        for folder in folders:
            _fsync_dir(folder)

    def discard(self) -> None:
        """Remove every temporary file not yet renamed."""
        for tmp in self._staged.values():
            _remove(tmp)
        self._staged.clear()


def write_bytes(path, data: bytes) -> Path:
    """Write ``data`` to ``path`` whole or not at all; returns ``path``."""
    with OutputSet() as outs:
        outs.write_bytes(path, data)
    return Path(path)


def write_text(path, text: str, encoding: str = "utf-8") -> Path:
    """Write ``text`` to ``path`` whole or not at all; returns ``path``."""
    return write_bytes(path, text.encode(encoding))


@contextmanager
def replacing(path) -> Iterator[Path]:
    """Yield a temporary name for a library to write ``path`` into; renamed over ``path`` when the block succeeds,
    removed when it fails (``with replacing(p) as tmp: df.to_csv(tmp)``)."""
    with OutputSet() as outs:
        yield outs.staged(path)


__all__ = [
    "OutputWriteError",
    "NameTooLongError",
    "OutputSet",
    "NAME_MAX",
    "check_name_lengths",
    "fitted_name",
    "name_too_long",
    "name_bytes",
    "output_error",
    "make_dirs",
    "temporary_name",
    "write_text",
    "write_bytes",
    "replacing",
]
