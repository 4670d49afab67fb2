"""Bulk rows: many child objects of one parent managed as ONE resource, from rows the kind reads (a file).

The API shape: `POST bulk` creates many objects (client ids), `PATCH bulk` changes many, `DELETE ?ids=` deletes
many, and a paginated listing filtered by the parent reads them. Every row has a stable row id (the kind's);
its object id is deterministic: `uuid5(id_seed, row id)`, the seed derived from the resource's owner, scope and
parent, so a create retried after a lost response finds its own objects instead of duplicating them.

State stays small whatever the number of rows: no row content, only a short digest per row keyed by its row
id (`row_digests`), the seed, and the digest of the whole set (`content_sha256`, an output). Diff reads the
rows again and compares that digest, so editing the source is a change and reformatting it is not. Update
sends only the difference: new rows in bulk creates, changed rows in bulk patches, dropped rows in bulk
deletes. Refresh lists the live objects and digests them the same way, so rows changed or deleted out of band
change `content_sha256` and the next update writes them back.

A row re-added after its object was deleted (out of band, or by an earlier update) gets a new object id (a
generation suffix in its digest entry): APIs with client ids refuse an id that was ever used.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from ...errors import ConflictError, NotFoundError
from ..scoped import Scoped, canonical, contains_unknown
from .base import ApiShape, Created, Existing, Obj

ROW_DIGEST_CHARS = 16
"""Hex characters of a row's digest kept in state (64 bits: a changed row always changes it, in practice)."""

MAX_BODY_BYTES = 8 * 1024 * 1024
"""The most JSON one bulk request carries (the API documents no limit; a file of thousands of small rows
is one request)."""

IDS_PER_REQUEST = 100
"""Object ids per request in a query string (bulk delete, reads by id): the listing's page size, and short
enough for any URL limit."""


def digest(value: Any) -> str:
    text = json.dumps(canonical(value), sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()


def set_digest(digests: Mapping[str, str]) -> str:
    """The digest of a whole set of rows: its row ids and row digests (generations left out)."""
    return digest(sorted((row_id, entry.partition("/")[0]) for row_id, entry in digests.items()))


def chunks(items: list[Any], max_bytes: int = MAX_BODY_BYTES) -> Iterator[list[Any]]:
    """`items` in runs whose JSON stays under `max_bytes`."""
    run: list[Any] = []
    size = 2
    for item in items:
        length = len(json.dumps(item, separators=(",", ":"))) + 1
        if run and size + length > max_bytes:
            yield run
            run, size = [], 2
        run.append(item)
        size += length
    if run:
        yield run


class RowsError(ValueError):
    """The rows cannot be read (a missing or unparsable source, a bad row): a check failure of `source`."""


class BulkRows(ApiShape):
    """Requests: create ⌈size/8 MiB⌉ bulk POSTs (1 for thousands of small rows); read ⌈objects/100⌉ (the
    parent's listing, every page); update 0–1 bulk POST + 0–1 bulk PATCH (+ ⌈changed/100⌉ reads first when
    `keep_live` needs the live objects) + ⌈dropped/100⌉ bulk DELETEs; delete ⌈rows/100⌉ bulk DELETEs. After a
    409 (a retried create) or a 404 (an object deleted since the last refresh), the rows at stake are read by
    id and each is created or patched as it needs: no duplicate, no failure.

    `rows(inputs)`: row id → row (raises `RowsError`); `live_row(obj)`: an API object as a row (the same
    normal form, so digests compare); `create_item(row, object_id, values)` and `update_item(row, object_id,
    values, live)` make the bulk request items (`live`: the live object, when `keep_live`).
    """

    def __init__(
        self,
        *,
        source: str,
        rows: Callable[[Any], dict[str, Obj]],
        live_row: Callable[[Mapping[str, Any]], Obj],
        create_item: Callable[[Obj, str, Mapping[str, Any]], Obj],
        update_item: Callable[[Obj, str, Mapping[str, Any], Mapping[str, Any] | None], Obj],
        bulk: str,
        delete: str,
        delete_param: str,
        listing: str,
        listing_params: Callable[[Mapping[str, Any]], Mapping[str, Any]],
        id_param: str = "id",
        keep_live: bool = False,
    ) -> None:
        self.source = source
        """The input the rows come from (named by check failures; its content drives diff)."""
        self.rows = rows
        self.live_row = live_row
        self.create_item = create_item
        self.update_item = update_item
        self.bulk = bulk
        self.delete_path = delete
        self.delete_param = delete_param
        self.listing = listing
        self.listing_params = listing_params
        self.id_param = id_param
        self.keep_live = keep_live
        """Whether an update item needs the live object (a PATCH that replaces a field holding more than ours)."""

    # -- preview --------------------------------------------------------------------------------

    def check(self, inputs: Any, olds: Mapping[str, Any]) -> list[tuple[str, str]]:
        try:
            self.rows(inputs)
        except RowsError as exc:
            return [(self.source, str(exc))]
        return []

    def digests_of(self, rows: Mapping[str, Obj]) -> dict[str, str]:
        return {row_id: digest(row)[:ROW_DIGEST_CHARS] for row_id, row in rows.items()}

    def changed_fields(self, engine: Any, olds: Mapping[str, Any], news: Mapping[str, Any]) -> list[str]:
        changed = engine.changed_fields(olds, news)
        if self.source in changed or contains_unknown(news):
            return changed
        try:
            rows = self.rows(
                self.kind.inputs.model_validate({k: news[k] for k in self.kind.inputs.model_fields if k in news})
            )
        except (RowsError, ValueError):
            return [*changed, self.source]  # check reports why; an update then fails on it
        if set_digest(self.digests_of(rows)) != olds.get("content_sha256"):
            changed.append(self.source)  # the rows changed (in the source, or live since the last refresh)
        return changed

    # -- mapping --------------------------------------------------------------------------------

    def object_id(self, obj: Mapping[str, Any], inputs: Any) -> str:
        return str(obj["id_seed"])

    def live_inputs(self, obj: Mapping[str, Any], state: Mapping[str, Any]) -> Obj:
        # The rows are not inputs: what changed live shows in `content_sha256`, which diff compares.
        return {n: state.get(n) for n in self.kind.api_fields}

    def outputs(self, obj: Mapping[str, Any]) -> Obj:
        digests = obj.get("row_digests") or {}
        return {
            "row_count": len(digests),
            "content_sha256": set_digest(digests),
            "row_digests": digests,
            "id_seed": obj.get("id_seed"),
            "generation": obj.get("generation") or 0,
        }

    @staticmethod
    def object_id_of(seed: str, row_id: str, token: str = "") -> str:
        """A row's object id: from the seed, the row id and the row's token ("" at first; another token once
        its object had to be made again)."""
        return str(uuid.uuid5(uuid.UUID(seed), f"{row_id}/{token}" if token else row_id))

    @staticmethod
    def split_entry(entry: str) -> tuple[str, str]:
        """A state entry, `digest` or `digest/token`, as (digest, token)."""
        row_digest, _, token = entry.partition("/")
        return row_digest, token

    @staticmethod
    def entry(row_digest: str, token: str) -> str:
        return f"{row_digest}/{token}" if token else row_digest

    # -- requests -------------------------------------------------------------------------------

    def live_by_id(self, api: Scoped, values: Mapping[str, Any], ids: list[str]) -> dict[str, Obj]:
        found: dict[str, Obj] = {}
        for start in range(0, len(ids), IDS_PER_REQUEST):
            params = {**self.listing_params(values), self.id_param: ids[start : start + IDS_PER_REQUEST]}
            for obj in api.get(self.listing, params={**params, "limit": IDS_PER_REQUEST}) or []:
                found[str(obj["id"])] = obj
        return found

    def post_items(self, api: Scoped, items: list[Obj]) -> None:
        for run in chunks(items):
            api.post(self.bulk, run, idempotent=True)  # client ids: a retry after a lost answer gets a 409

    def patch_items(self, api: Scoped, items: list[Obj]) -> None:
        for run in chunks(items):
            api.patch(self.bulk, run)

    def delete_ids(self, api: Scoped, ids: list[str]) -> None:
        for start in range(0, len(ids), IDS_PER_REQUEST):
            try:
                api.delete(self.delete_path, params={self.delete_param: ids[start : start + IDS_PER_REQUEST]})
            except NotFoundError:  # the parent is gone, and its objects with it
                return

    def write(
        self,
        api: Scoped,
        values: Mapping[str, Any],
        seed: str,
        rows: Mapping[str, Obj],
        adds: dict[str, str],
        changes: dict[str, str],
    ) -> dict[str, str]:
        """Create the `adds` and patch the `changes` (row id → token); after a 409 or 404, reconcile those rows
        with what is live. Returns the tokens the rows ended up with."""
        try:
            self.post_items(
                api, [self.create_item(rows[r], self.object_id_of(seed, r, t), values) for r, t in adds.items()]
            )
            ids = {r: self.object_id_of(seed, r, t) for r, t in changes.items()}
            live = self.live_by_id(api, values, list(ids.values())) if self.keep_live and ids else {}
            self.patch_items(api, [self.update_item(rows[r], i, values, live.get(i)) for r, i in ids.items()])
        except (ConflictError, NotFoundError):
            return self.reconcile(api, values, seed, rows, {**adds, **changes})
        return {**adds, **changes}

    def reconcile(
        self, api: Scoped, values: Mapping[str, Any], seed: str, rows: Mapping[str, Obj], wanted: dict[str, str]
    ) -> dict[str, str]:
        ids = {r: self.object_id_of(seed, r, t) for r, t in wanted.items()}
        live = self.live_by_id(api, values, list(ids.values()))
        patch = {r: t for r, t in wanted.items() if ids[r] in live}
        # A missing object gets an id never used (its own may belong to a deleted object, which keeps it);
        # deterministic, so a reconcile retried in its turn finds what it made.
        fresh = {r: f"{t}r" for r, t in wanted.items() if ids[r] not in live}
        self.post_items(
            api, [self.create_item(rows[r], self.object_id_of(seed, r, t), values) for r, t in fresh.items()]
        )
        self.patch_items(api, [self.update_item(rows[r], ids[r], values, live.get(ids[r])) for r in patch])
        return {**patch, **fresh}

    # -- lifecycle ------------------------------------------------------------------------------

    def create(self, api: Scoped, inputs: Any, owner: str) -> Created | Existing:
        values = inputs.model_dump(mode="json")
        seed = self.deterministic_id(inputs, api, owner)
        rows = self.rows(inputs)
        digests = self.digests_of(rows)
        tokens = self.write(api, values, seed, rows, dict.fromkeys(rows, ""), {})
        entries = {r: self.entry(digests[r], tokens[r]) for r in rows}
        return Created({"id_seed": seed, "row_digests": entries, "generation": 0})

    def read(self, api: Scoped, object_id: str, state: Mapping[str, Any]) -> Obj | None:
        seed, entries = str(state.get("id_seed") or object_id), dict(state.get("row_digests") or {})
        by_id = {self.object_id_of(seed, r, self.split_entry(e)[1]): (r, e) for r, e in entries.items()}
        live: dict[str, str] = {}
        for obj in api.paginate(self.listing, params=dict(self.listing_params(state))):
            if (found := by_id.get(str(obj["id"]))) is not None:
                row_id, entry = found
                live[row_id] = self.entry(digest(self.live_row(obj))[:ROW_DIGEST_CHARS], self.split_entry(entry)[1])
        if not live:
            return None
        return {"id_seed": seed, "row_digests": live, "generation": state.get("generation") or 0}

    def update(
        self, api: Scoped, object_id: str, old: Any, new: Any, changed: list[str], state: Mapping[str, Any]
    ) -> Obj:
        values = new.model_dump(mode="json")
        seed = str(state.get("id_seed") or object_id)
        before = {r: self.split_entry(e) for r, e in (state.get("row_digests") or {}).items()}
        generation = int(state.get("generation") or 0) + 1
        rows = self.rows(new)
        digests = self.digests_of(rows)
        # New rows get this update's generation as their token: a row dropped earlier (or deleted out of band)
        # and now back gets an id never used.
        adds = {r: str(generation) for r in rows if r not in before}
        changes = {r: before[r][1] for r in rows if r in before and before[r][0] != digests[r]}
        tokens = {r: before[r][1] for r in rows if r in before}
        tokens.update(self.write(api, values, seed, rows, adds, changes))
        dropped = [self.object_id_of(seed, r, t) for r, (_, t) in before.items() if r not in rows]
        self.delete_ids(api, dropped)
        entries = {r: self.entry(digests[r], tokens[r]) for r in rows}
        return {"id_seed": seed, "row_digests": entries, "generation": generation}

    def delete(self, api: Scoped, object_id: str, state: Mapping[str, Any]) -> None:
        seed = str(state.get("id_seed") or object_id)
        entries = (state.get("row_digests") or {}).items()
        self.delete_ids(api, [self.object_id_of(seed, r, self.split_entry(e)[1]) for r, e in entries])
