"""Writing the tables as Parquet, streamed, and replaced atomically at the end of a run.

Each table is a directory ``OUTPUTS/<table>/`` holding ``part-0.parquet``, so
``pandas.read_parquet("outputs/<table>")`` reads it. Rows are flushed to the file
in row groups as they come (never all articles in memory). The new tables are
written beside the old ones and swapped in only when the run succeeds, so a
failed run leaves the previous outputs intact and a finished one leaves no
stale rows.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from types import TracebackType

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.tables import SCHEMAS

PART_NAME = "part-0.parquet"
#: Rows buffered per table before a row group is written.
FLUSH_ROWS = 5_000


class TableStore:
    """Context manager collecting rows per table and writing them to ``outputs``.

    Example:
        >>> with TableStore(Path("outputs")) as store:  # doctest: +SKIP
        ...     store.add("errors", [{"source": "a.txt", ...}])
    """

    def __init__(self, outputs: Path):
        self.outputs = outputs
        self.staging = outputs / ".staging"
        self.counts = dict.fromkeys(SCHEMAS, 0)
        self._buffers: dict[str, list[dict]] = {name: [] for name in SCHEMAS}
        self._writers: dict[str, pq.ParquetWriter] = {}

    def __enter__(self) -> TableStore:
        self.outputs.mkdir(parents=True, exist_ok=True)
        shutil.rmtree(self.staging, ignore_errors=True)
        for name, schema in SCHEMAS.items():
            folder = self.staging / name
            folder.mkdir(parents=True)
            self._writers[name] = pq.ParquetWriter(folder / PART_NAME, schema, compression="zstd")
        return self

    def add(self, table: str, rows: list[dict]) -> None:
        """Queue rows for ``table``; they are written when enough have gathered."""
        self._buffers[table].extend(rows)
        self.counts[table] += len(rows)
        if len(self._buffers[table]) >= FLUSH_ROWS:
            self._flush(table)

    def _flush(self, table: str) -> None:
        rows = self._buffers[table]
        if rows:
            self._writers[table].write_table(pa.Table.from_pylist(rows, schema=SCHEMAS[table]))
            rows.clear()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        try:
            if exc_type is None:
                for table in SCHEMAS:
                    self._flush(table)
        finally:
            for writer in self._writers.values():
                writer.close()
        if exc_type is None:
            self._swap()
        shutil.rmtree(self.staging, ignore_errors=True)

    def _swap(self) -> None:
        for table in SCHEMAS:
            target = self.outputs / table
            old = self.outputs / f".old-{table}"
            if target.exists():
                target.rename(old)
            (self.staging / table).rename(target)
            shutil.rmtree(old, ignore_errors=True)
