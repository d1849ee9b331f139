"""Read one stream out of an OLE2 compound file (the box around .xls workbooks).

Only what the size guard of legacy workbooks needs: the directory, the FAT and the mini FAT.
Every chain is bounded by the file's own size, so a crafted loop cannot hang the reader.
"""

from __future__ import annotations

import struct
from array import array
from pathlib import Path
from typing import BinaryIO

_HEADER = struct.Struct("<8s16sHHHHH6sIIIIIIIII")
_END_OF_CHAIN = 0xFFFFFFFE
_MAX_SECTOR = 0xFFFFFFFA
_ENTRY_SIZE = 128
_STREAM = 2
_ROOT = 5


class Ole2Error(ValueError):
    """The compound file's structure is broken."""


def read_stream(path: Path, names: tuple[str, ...]) -> bytes | None:
    """The content of the first root-level stream called one of ``names`` (case-insensitive)."""
    with path.open("rb") as handle:
        return _Reader(handle, path.stat().st_size).stream(names)


class _Reader:
    def __init__(self, handle: BinaryIO, file_size: int) -> None:
        self.handle = handle
        header = handle.read(512)
        if len(header) < 512:
            raise Ole2Error("the file header is cut short")
        fields = _HEADER.unpack_from(header)
        self.sector_size = 1 << fields[5]
        self.mini_size = 1 << fields[6]
        if not 64 <= self.sector_size <= 65536 or self.mini_size > self.sector_size:
            raise Ole2Error("impossible sector sizes")
        self.sector_count = max(0, -(-(file_size - 512) // self.sector_size))
        """Sectors in the file; the last one may be cut short (read as zero-padded)."""
        self.first_directory = fields[10]
        self.mini_cutoff = fields[12]
        self.first_mini_fat = fields[13]
        difat = list(struct.unpack_from("<109I", header, 76))
        self.fat = self._load_fat(difat, fields[15], fields[16], fields[9])

    def stream(self, names: tuple[str, ...]) -> bytes | None:
        wanted = {name.lower() for name in names}
        directory = self._chain_bytes(self.first_directory, None)
        root_start, root_size = _END_OF_CHAIN, 0
        found: tuple[int, int] | None = None
        for offset in range(0, len(directory) - _ENTRY_SIZE + 1, _ENTRY_SIZE):
            entry = directory[offset : offset + _ENTRY_SIZE]
            length = min(struct.unpack_from("<H", entry, 64)[0], 64)
            kind = entry[66]
            start, size = struct.unpack_from("<II", entry, 116)
            if kind == _ROOT:
                root_start, root_size = start, size
            name = entry[: max(length - 2, 0)].decode("utf-16-le", "replace").lower()
            if kind == _STREAM and name in wanted and found is None:
                found = (start, size)
        if found is None:
            return None
        start, size = found
        if size >= self.mini_cutoff:
            return self._chain_bytes(start, size)
        mini_stream = self._chain_bytes(root_start, root_size)
        return self._mini_bytes(mini_stream, start, size)

    def _load_fat(
        self, difat: list[int], next_difat: int, difat_count: int, count: int
    ) -> array[int]:
        per_sector = self.sector_size // 4
        sectors = [s for s in difat if s <= _MAX_SECTOR]
        for _ in range(min(difat_count, self.sector_count)):
            if next_difat > _MAX_SECTOR:
                break
            ids = array("I", self._sector(next_difat))
            sectors.extend(s for s in ids[:-1] if s <= _MAX_SECTOR)
            next_difat = ids[-1]
        fat = array("I")
        for sector in sectors[: min(count, self.sector_count)]:
            fat.frombytes(self._sector(sector))
        if len(fat) < per_sector:
            raise Ole2Error("the allocation table is missing")
        return fat

    def _sector(self, sector: int) -> bytes:
        if sector >= self.sector_count:
            raise Ole2Error("a sector lies beyond the end of the file")
        self.handle.seek((sector + 1) * self.sector_size)
        return self.handle.read(self.sector_size).ljust(self.sector_size, b"\x00")

    def _chain(self, start: int, table: array[int], limit: int) -> list[int]:
        chain: list[int] = []
        sector = start
        while sector <= _MAX_SECTOR:
            if len(chain) > limit or sector >= len(table):
                raise Ole2Error("a sector chain is broken or loops")
            chain.append(sector)
            sector = table[sector]
        return chain

    def _chain_bytes(self, start: int, size: int | None) -> bytes:
        chain = self._chain(start, self.fat, self.sector_count)
        data = b"".join(self._sector(sector) for sector in chain)
        return data if size is None else data[:size]

    def _mini_bytes(self, mini_stream: bytes, start: int, size: int) -> bytes:
        mini_fat = array("I", self._chain_bytes(self.first_mini_fat, None))
        chain = self._chain(start, mini_fat, len(mini_stream) // self.mini_size)
        parts = [mini_stream[s * self.mini_size : (s + 1) * self.mini_size] for s in chain]
        return b"".join(parts)[:size]
