"""SQLite persistence for the emulator: the tables the API families declare, each row an id, a scope and a JSON document."""

from __future__ import annotations

import json
import os
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

    `ids_per_scope`: ids are unique within their scope only (`PRIMARY KEY (scope, id)`), for tables whose
    create takes a client-chosen id. A client id another tenant already uses is then free for this one, so
    a create cannot tell the caller whether an id exists elsewhere (no cross-tenant existence oracle).
    Rows of such tables are addressed with their scope: `get_in`, and `scope=` for `replace`/`delete`
    (`get` refuses them). Otherwise ids are unique across the table (keys, organisations, workspaces).
    """

    name: str
    unique_names: bool = False
    ids_per_scope: bool = False

    def __post_init__(self) -> None:
        if not self.name.isidentifier() or self.name == "meta":
            raise ValueError(f"not a usable table name: {self.name!r}")


def create_private_file(path: str) -> None:
    """Create `path` readable and writable by its owner only (0600) unless it exists.

    The data file holds API keys and workspace secrets. SQLite creates its `-wal` and `-shm` files with
    the mode of the database file, so they are private too.
    """
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return
    os.close(fd)


def schema(tables: Iterable[Table]) -> str:
    """The SQL creating these tables (if missing) and the store's key/value `meta` table."""
    return (
        "\n".join(
            f"""
    CREATE TABLE IF NOT EXISTS {table.name} (
        id TEXT NOT NULL{"" if table.ids_per_scope else " PRIMARY KEY"},
        scope TEXT NOT NULL,
        name TEXT,
        body TEXT NOT NULL
        {", PRIMARY KEY (scope, id)" if table.ids_per_scope else ""}
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
        if db_path:
            create_private_file(db_path)
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

    def replace(self, table: Table, doc: Document, *, name: str | None = None, scope: str | None = None) -> Document:
        """Overwrite the stored document with the same id (and its name); `scope` is required for tables
        with `ids_per_scope`."""
        where, params = self._where(table, doc["id"], scope)
        with self.transaction():
            self._conn.execute(
                f"UPDATE {table.name} SET name = ?, body = ? WHERE {where}", (name, json.dumps(doc), *params)
            )
        return doc

    def get(self, table: Table, doc_id: object) -> Document | None:
        """The document with this id, whatever its scope (not for tables with `ids_per_scope`: use `get_in`)."""
        where, params = self._where(table, doc_id, None)
        return self._one(f"SELECT body FROM {table.name} WHERE {where}", params)

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

    def delete(self, table: Table, doc_ids: Iterable[object], *, scope: str | None = None) -> int:
        """Remove these documents (of `scope`, required for tables with `ids_per_scope`); returns how many existed."""
        wheres = [self._where(table, doc_id, scope) for doc_id in doc_ids]
        with self.transaction():
            return sum(
                self._conn.execute(f"DELETE FROM {table.name} WHERE {where}", params).rowcount
                for where, params in wheres
            )

    @staticmethod
    def _where(table: Table, doc_id: object, scope: str | None) -> tuple[str, tuple[str, ...]]:
        """The condition selecting one row: by id, and by scope when given (required for `ids_per_scope`)."""
        if scope is not None:
            return "id = ? AND scope = ?", (str(doc_id), scope)
        if table.ids_per_scope:
            raise ValueError(f"ids of {table.name} are unique per scope only: name the scope")
        return "id = ?", (str(doc_id),)

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
