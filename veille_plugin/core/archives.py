"""ZIP archives unpacked with limits (PLU deliveries): size, entry count, compression ratio, nesting.

Checked on the archive's directory first, then enforced on the bytes actually written, so an archive that lies
about its sizes is stopped as soon as it writes more than allowed. Defaults fit a real PLUi delivery (CNIG
standard: a few hundred files, some hundreds of megabytes).
"""

import shutil
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from .errors import InputError
from .i18n import tr
from .os_words import os_error_words


@dataclass(frozen=True)
class ZipLimits:
    """How much an archive may unpack."""

    max_total_bytes: int = 2 * 1024**3  # 2 GiB unpacked
    max_entries: int = 20_000
    max_ratio: float = 200.0  # unpacked / packed, for entries over 1 MiB and for the whole archive
    ratio_floor_bytes: int = 64 * 1024**2  # the whole archive's ratio is checked beyond this many unpacked bytes
    max_nested: int = 0  # archives inside the archive are not unpacked (refused beyond this count)


DEFAULT_LIMITS = ZipLimits()
_CHUNK = 1024 * 1024


def _refuse(path: Path, what: str) -> InputError:
    return InputError(
        tr(
            "Archive {p} refusée : {what}. Rien n'a été décompressé ; vérifiez l'archive (ou décompressez-la "
            "vous-même)."
        ).format(p=path.name, what=what)
    )


def _whole_ratio_words(unpacked: int, packed: int, limits: ZipLimits) -> str:
    return tr(
        "{n} Mo une fois décompressée pour {k} Ko d'archive, plus de {r:.0f} fois sa taille (bombe de décompression)"
    ).format(n=unpacked // 2**20, k=packed // 1024, r=limits.max_ratio)


def safe_extract(path, dest, limits: ZipLimits = DEFAULT_LIMITS) -> list:
    """Unpack ``path`` into ``dest`` within ``limits``; returns the files written. InputError (French) otherwise,
    with ``dest`` emptied of what was written."""
    path, dest = Path(path), Path(dest)
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise InputError(tr("Archive ZIP {p} illisible ({err}).").format(p=path.name, err=exc)) from None
    written = []
    try:
        with zf:
            infos = [i for i in zf.infolist() if not i.is_dir()]
            if len(infos) > limits.max_entries:
                raise _refuse(path, tr("{n} fichiers (au plus {m})").format(n=len(infos), m=limits.max_entries))
            declared = sum(i.file_size for i in infos)
            if declared > limits.max_total_bytes:
                raise _refuse(
                    path,
                    tr("{n} Mo une fois décompressée (au plus {m} Mo)").format(
                        n=declared // 2**20, m=limits.max_total_bytes // 2**20
                    ),
                )
            packed = max(path.stat().st_size, 1)

            def whole_ratio_exceeded(unpacked: int) -> bool:
                return unpacked > limits.ratio_floor_bytes and unpacked > limits.max_ratio * packed

            if whole_ratio_exceeded(declared):
                raise _refuse(path, _whole_ratio_words(declared, packed, limits))
            nested = [i.filename for i in infos if i.filename.lower().endswith((".zip", ".7z", ".rar", ".gz"))]
            if len(nested) > limits.max_nested:
                raise _refuse(path, tr("elle contient d'autres archives ({n})").format(n=", ".join(nested[:3])))
            total = 0
            root = dest.resolve()
            for info in infos:
                parts = [p for p in PurePosixPath(info.filename.replace("\\", "/")).parts if p not in ("", ".", "..")]
                if not parts or parts[0].endswith(":"):
                    continue
                target = root.joinpath(*parts)
                target.parent.mkdir(parents=True, exist_ok=True)
                size = 0
                with zf.open(info) as src, open(target, "wb") as out:
                    written.append(target)
                    while True:
                        chunk = src.read(_CHUNK)
                        if not chunk:
                            break
                        size += len(chunk)
                        total += len(chunk)
                        if total > limits.max_total_bytes:
                            raise _refuse(
                                path,
                                tr("plus de {m} Mo une fois décompressée").format(m=limits.max_total_bytes // 2**20),
                            )
                        if whole_ratio_exceeded(total):  # entries that lie about their sizes
                            raise _refuse(path, _whole_ratio_words(total, packed, limits))
                        if size > _CHUNK and size > limits.max_ratio * max(info.compress_size, 1):
                            raise _refuse(
                                path,
                                tr("« {f} » se décompresse plus de {r:.0f} fois (bombe de décompression)").format(
                                    f=info.filename, r=limits.max_ratio
                                ),
                            )
                        out.write(chunk)
    except InputError:
        for f in written:
            f.unlink(missing_ok=True)
        shutil.rmtree(dest, ignore_errors=True)
        dest.mkdir(parents=True, exist_ok=True)
        raise
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        if isinstance(exc, OSError):
            why = os_error_words(exc)
        elif isinstance(exc, EOFError):
            why = tr("archive tronquée")
        else:
            why = tr("ce n'est pas une archive ZIP, ou elle est endommagée")
        raise InputError(tr("Archive ZIP {p} illisible ({err}).").format(p=path.name, err=why)) from None
    return written
