"""SQLite persistence for the emulator: a table per kind of object, each row an id, a scope and a JSON document."""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from enum import Enum
from typing import Any

Document = dict[str, Any]


class Kind(str, Enum):
    """The kinds of stored object. `scope` is the organisation (org-level kinds) or the workspace (the rest)."""

    organizations = "organizations"
    api_keys = "api_keys"
    workspaces = "workspaces"
    datasets = "datasets"
    sessions = "sessions"
    # identity layer (emulator/identity.py)
    users = "users"
    org_identities = "org_identities"
    pending_identities = "pending_identities"
    workspace_identities = "workspace_identities"
    roles = "roles"
    managed_keys = "managed_keys"
    scim_tokens = "scim_tokens"
    prompt_webhooks = "prompt_webhooks"
    workspace_secrets = "workspace_secrets"
    scim_users = "scim_users"
    scim_groups = "scim_groups"
    deployments = "deployments"
    deployment_revisions = "deployment_revisions"


#: Kinds whose names are unique within their scope (the real API answers 409 on a duplicate).
UNIQUE_NAME_KINDS = (Kind.datasets, Kind.sessions)

_SCHEMA = (
    "\n".join(
        f"""
    CREATE TABLE IF NOT EXISTS {kind.value} (
        id TEXT PRIMARY KEY,
        scope TEXT NOT NULL,
        name TEXT,
        body TEXT NOT NULL
        {", UNIQUE (scope, name)" if kind in UNIQUE_NAME_KINDS else ""}
    );
    CREATE INDEX IF NOT EXISTS {kind.value}_scope ON {kind.value} (scope);
    """
        for kind in Kind
    )
    + "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
)


class Store:
    """Thread-safe document store over one SQLite connection (in memory unless `db_path` is given)."""

    def __init__(self, db_path: str | None = None) -> None:
        self._conn = sqlite3.connect(db_path or ":memory:", check_same_thread=False, isolation_level=None)
        self._lock = threading.RLock()
        self._depth = 0
        with self._lock:
            if db_path:  # survives a crash of the emulator, without an fsync per request
                self._conn.execute("PRAGMA journal_mode=WAL")
                self._conn.execute("PRAGMA synchronous=NORMAL")
            self._conn.executescript(_SCHEMA)

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

    def insert(self, kind: Kind, doc: Document, *, scope: str, name: str | None = None) -> Document:
        """Store a new document keyed by `doc["id"]`; raises `sqlite3.IntegrityError` on a duplicate id or name."""
        with self.transaction():
            self._conn.execute(
                f"INSERT INTO {kind.value} (id, scope, name, body) VALUES (?, ?, ?, ?)",
                (str(doc["id"]), scope, name, json.dumps(doc)),
            )
        return doc

    def replace(self, kind: Kind, doc: Document, *, name: str | None = None) -> Document:
        """Overwrite the stored document with the same id (and its name)."""
        with self.transaction():
            self._conn.execute(
                f"UPDATE {kind.value} SET name = ?, body = ? WHERE id = ?", (name, json.dumps(doc), str(doc["id"]))
            )
        return doc

    def get(self, kind: Kind, doc_id: object) -> Document | None:
        """The document with this id, whatever its scope."""
        return self._one(f"SELECT body FROM {kind.value} WHERE id = ?", (str(doc_id),))

    def get_in(self, kind: Kind, scope: str, doc_id: object) -> Document | None:
        """The document with this id if it belongs to `scope`."""
        return self._one(f"SELECT body FROM {kind.value} WHERE id = ? AND scope = ?", (str(doc_id), scope))

    def find_by_name(self, kind: Kind, scope: str, name: str) -> Document | None:
        """The document of `scope` with this name."""
        return self._one(f"SELECT body FROM {kind.value} WHERE scope = ? AND name = ?", (scope, name))

    def list(self, kind: Kind, scope: str | None = None) -> list[Document]:
        """The documents of `scope` (all of them when None), in insertion order."""
        with self._lock:
            if scope is None:
                rows = self._conn.execute(f"SELECT body FROM {kind.value} ORDER BY rowid").fetchall()
            else:
                rows = self._conn.execute(
                    f"SELECT body FROM {kind.value} WHERE scope = ? ORDER BY rowid", (scope,)
                ).fetchall()
        return [json.loads(body) for (body,) in rows]

    def delete(self, kind: Kind, doc_ids: Iterable[object]) -> int:
        """Remove these documents; returns how many existed."""
        ids = [str(doc_id) for doc_id in doc_ids]
        with self.transaction():
            return sum(self._conn.execute(f"DELETE FROM {kind.value} WHERE id = ?", (i,)).rowcount for i in ids)

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
