"""GeoPackage geometry blobs: ISO WKB ↔ GeoPackage binary, used by the register's writers and the alerts."""

import math
import struct
from typing import Optional

from .model import SRID

_SRS = struct.pack("<i", SRID)
_HEADER = b"GP\x00\x01" + _SRS  # version 0, flags: little endian, no envelope
_HEADER_EMPTY = b"GP\x00\x11" + _SRS  # same + empty geometry bit
_ENVELOPE_BYTES = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}


def wkb_is_empty(wkb: bytes) -> bool:
    """Empty geometry in (ISO) WKB: a point with NaN coordinates, or any other type with zero parts."""
    if len(wkb) < 9:
        return True
    fmt = "<" if wkb[0] == 1 else ">"
    gtype = struct.unpack_from(fmt + "I", wkb, 1)[0] % 1000
    if gtype == 1:
        x, y = struct.unpack_from(fmt + "dd", wkb, 5)
        return math.isnan(x) and math.isnan(y)
    return struct.unpack_from(fmt + "I", wkb, 5)[0] == 0


def encode_geometry(wkb: Optional[bytes]) -> Optional[bytes]:
    """ISO WKB → GeoPackage binary (header «GP», version 0, little-endian flags, no envelope, srs_id 2154)."""
    if wkb is None:
        return None
    return (_HEADER_EMPTY if wkb_is_empty(wkb) else _HEADER) + wkb


def encode_geometries(wkbs, empty):
    """:func:`encode_geometry` of many ISO WKB, ``empty`` telling which are empty (computed beforehand): an iterator,
    each blob made when it is read."""
    return (None if w is None else (_HEADER_EMPTY if e else _HEADER) + w for w, e in zip(wkbs, empty))


def decode_geometry(blob) -> Optional[bytes]:
    """GeoPackage binary (with or without envelope, written by us or by QGIS/OGR) → WKB."""
    if blob is None:
        return None
    b = bytes(blob)
    if b[:2] != b"GP" or len(b) < 8:
        return b
    flags = b[3]
    return b[8 + _ENVELOPE_BYTES.get((flags >> 1) & 7, 0) :]
