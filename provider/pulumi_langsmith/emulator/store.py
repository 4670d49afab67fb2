"""SQLite persistence for the emulator: the tables the API families declare, each row an id, a scope and a JSON document."""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

Document = dict[str, Any]


@dataclass(frozen=True)
class Table:
    """A stored table, declared by the API family that owns it (`emulator.registry.Family.tables`).

    Each row is an id, a `scope` (the organisation for org-level tables, the workspace for the rest), an
    optional name and a JSON document. `unique_names`: names are unique within their scope (the real API
    answers 409 on a duplicate), enforced by a `UNIQUE (scope, name)` constraint.
    """

    name: str
    unique_names: bool = False

    def __post_init__(self) -> None:
        if not self.name.isidentifier() or self.name == "meta":
            raise ValueError(f"not a usable table name: {self.name!r}")


def schema(tables: Iterable[Table]) -> str:
    """The SQL creating these tables (if missing) and the store's key/value `meta` table."""
    return (
        "\n".join(
            f"""
    CREATE TABLE IF NOT EXISTS {table.name} (
        id TEXT PRIMARY KEY,
        scope TEXT NOT NULL,
        name TEXT,
        body TEXT NOT NULL
        {", UNIQUE (scope, name)" if table.unique_names else ""}
    );
    CREATE INDEX IF NOT EXISTS {table.name}_scope ON {table.name} (scope);
    """
            for table in tables
        )
        + "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
    )


class Store:
    """Thread-safe document store over one SQLite connection (in memory unless `db_path` is given).

    It holds `tables`, by default every table the registered API families declare (`registry.declared_tables`).
    """

    def __init__(self, db_path: str | None = None, tables: Iterable[Table] | None = None) -> None:
        if tables is None:
            from .registry import declared_tables  # the families import this module for `Table`

            tables = declared_tables()
        self.tables: tuple[Table, ...] = tuple(tables)
        self._conn = sqlite3.connect(db_path or ":memory:", check_same_thread=False, isolation_level=None)
        self._lock = threading.RLock()
        self._depth = 0
        with self._lock:
            if db_path:  # survives a crash of the emulator, without an fsync per request
                self._conn.execute("PRAGMA journal_mode=WAL")
                self._conn.execute("PRAGMA synchronous=NORMAL")
            self._conn.executescript(schema(self.tables))

    @contextmanager
    def transaction(self) -> Iterator[Store]:
        """Hold the store's lock and group the writes inside into one atomic transaction (re-entrant)."""
        with self._lock:
            outermost = self._depth == 0
            if outermost:
                self._conn.execute("BEGIN IMMEDIATE")
            self._depth += 1
            try:
                yield self
            except BaseException:
                self._depth -= 1
                if outermost:
                    self._conn.execute("ROLLBACK")
                raise
            self._depth -= 1
            if outermost:
                self._conn.execute("COMMIT")

    def close(self) -> None:
        """Close the database connection."""
        with self._lock:
            self._conn.close()

    # ------------------------------------------------------------ documents

    def insert(self, table: Table, doc: Document, *, scope: str, name: str | None = None) -> Document:
        """Store a new document keyed by `doc["id"]`; raises `sqlite3.IntegrityError` on a duplicate id or name."""
        with self.transaction():
            self._conn.execute(
                f"INSERT INTO {table.name} (id, scope, name, body) VALUES (?, ?, ?, ?)",
                (str(doc["id"]), scope, name, json.dumps(doc)),
            )
        return doc

    def replace(self, table: Table, doc: Document, *, name: str | None = None) -> Document:
        """Overwrite the stored document with the same id (and its name)."""
        with self.transaction():
            self._conn.execute(
                f"UPDATE {table.name} SET name = ?, body = ? WHERE id = ?", (name, json.dumps(doc), str(doc["id"]))
            )
        return doc

    def get(self, table: Table, doc_id: object) -> Document | None:
        """The document with this id, whatever its scope."""
        return self._one(f"SELECT body FROM {table.name} WHERE id = ?", (str(doc_id),))

    def get_in(self, table: Table, scope: str, doc_id: object) -> Document | None:
        """The document with this id if it belongs to `scope`."""
        return self._one(f"SELECT body FROM {table.name} WHERE id = ? AND scope = ?", (str(doc_id), scope))

    def find_by_name(self, table: Table, scope: str, name: str) -> Document | None:
        """The document of `scope` with this name."""
        return self._one(f"SELECT body FROM {table.name} WHERE scope = ? AND name = ?", (scope, name))

    def list(self, table: Table, scope: str | None = None) -> list[Document]:
        """The documents of `scope` (all of them when None), in insertion order."""
        with self._lock:
            if scope is None:
                rows = self._conn.execute(f"SELECT body FROM {table.name} ORDER BY rowid").fetchall()
            else:
                rows = self._conn.execute(
                    f"SELECT body FROM {table.name} WHERE scope = ? ORDER BY rowid", (scope,)
                ).fetchall()
        return [json.loads(body) for (body,) in rows]

    def delete(self, table: Table, doc_ids: Iterable[object]) -> int:
        """Remove these documents; returns how many existed."""
        ids = [str(doc_id) for doc_id in doc_ids]
        with self.transaction():
            return sum(self._conn.execute(f"DELETE FROM {table.name} WHERE id = ?", (i,)).rowcount for i in ids)

    # ------------------------------------------------------------ key/value metadata

    def get_meta(self, key: str) -> Any:
        """A JSON value stored under `key`, or None."""
        with self._lock:
            row = self._conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return json.loads(row[0]) if row else None

    def set_meta(self, key: str, value: Any) -> None:
        """Store a JSON value under `key`."""
        with self.transaction():
            self._conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, json.dumps(value)))

    def _one(self, sql: str, params: tuple[object, ...]) -> Document | None:
        with self._lock:
            row = self._conn.execute(sql, params).fetchone()
        return json.loads(row[0]) if row else None
