"""`BulkExport`: a one-off or scheduled export of a project's traces to a destination (`/api/v1/bulk-exports`).

Nothing changes in place: the API's only update is a cancellation, which is what destroy does (there is no
delete). A cancelled export is gone for Pulumi: one cancelled out of band is dropped by refresh.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timezone
from enum import Enum
from typing import Annotated, Any

from pydantic import Field, field_validator

from ..errors import NotFoundError
from ..framework import Conformance, Kind, OutputsModel, RestCollection, Uuid, WorkspaceScopedInputs, field
from ..framework.scoped import Scoped, canonical
from ..framework.strategies.base import Obj

TIMES = ("start_time", "end_time")


class BulkExportFormat(str, Enum):
    PARQUET = "Parquet"


class BulkExportFormatVersion(str, Enum):
    V1 = "v1"
    V2_BETA = "v2_beta"


class BulkExportCompression(str, Enum):
    NONE = "none"
    GZIP = "gzip"
    SNAPPY = "snappy"
    ZSTANDARD = "zstandard"


def _instant(value: Any) -> datetime | None:
    """An ISO 8601 time as an aware UTC datetime (a time without zone is UTC); None when it is not one."""
    if not isinstance(value, str):
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return (parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)).astimezone(timezone.utc)


class BulkExportInputs(WorkspaceScopedInputs):
    bulk_export_destination_id: Uuid = field(
        key=True, replace=True, description="The `BulkExportDestination` the files are written to."
    )
    session_id: Uuid | None = field(None, key=True, replace=True, description="The project (session) exported.")
    all_experiments: bool = field(False, key=True, replace=True, description="Export every experiment's runs too.")
    start_time: str = field(
        key=True, replace=True, max_length=64, description="Runs from this time (ISO 8601) on are exported."
    )
    end_time: str | None = field(
        None,
        key=True,
        replace=True,
        max_length=64,
        description="Runs up to this time (ISO 8601); unset: up to now (a scheduled export keeps going).",
    )
    filter: str | None = field(
        None, key=True, replace=True, max_length=4096, description="A run filter (LangSmith's query language)."
    )
    interval_hours: int | None = field(
        None,
        key=True,
        replace=True,
        ge=1,
        le=8760,
        description="Makes the export scheduled: a new run every this many hours. Unset: a one-off export.",
    )
    format: BulkExportFormat = field(
        BulkExportFormat.PARQUET, key=True, replace=True, description="File format: `Parquet`, the only one."
    )
    format_version: BulkExportFormatVersion = field(
        BulkExportFormatVersion.V1, key=True, replace=True, description="`v1` or `v2_beta`."
    )
    compression: BulkExportCompression = field(
        BulkExportCompression.ZSTANDARD,
        key=True,
        replace=True,
        description="`none`, `gzip`, `snappy` or `zstandard`.",
    )
    export_fields: list[Annotated[str, Field(min_length=1, max_length=128)]] | None = field(
        None, key=True, replace=True, max_length=200, description="Run fields to export (default: all)."
    )

    @field_validator(*TIMES)
    @classmethod
    def _iso_time(cls, value: str | None) -> str | None:
        if value is not None and _instant(value) is None:
            raise ValueError(f"{value[:64]!r} is not an ISO 8601 time (e.g. 2026-01-01T00:00:00Z)")
        return value


def _validate(inputs: BulkExportInputs) -> list[tuple[str, str]]:
    start, end = _instant(inputs.start_time), _instant(inputs.end_time)
    if start is not None and end is not None and end <= start:
        return [("end_time", "must be after start_time")]
    if inputs.session_id is None and not inputs.all_experiments:
        return [("session_id", "required unless all_experiments is true: the project to export")]
    return []


class BulkExportOutputs(OutputsModel):
    status: str | None = field(None, description="`Created`, `IntervalScheduled`, `Running`, `Completed`, ...")
    created_at: str | None = field(None, description="Creation time (ISO 8601).")
    finished_at: str | None = field(None, description="When a one-off export finished (ISO 8601).")


class BulkExports(RestCollection):
    """The API takes no client id and has no free-form field to carry an owner marker, so create looks for an
    identical live export first (same destination, project, times, filter, schedule and format): one found is
    refused unless `adopt_existing` (exporting the same traces twice to the same place is a duplicate), and a
    POST whose answer is lost is found again by that lookup before the retry. Requests: create 2 (the list,
    then POST), read 1, update 0 (nothing changes in place), delete 1 (the cancelling PATCH)."""

    def is_gone(self, obj: Mapping[str, Any]) -> bool:
        # A cancelled export no longer exports anything; the runs a scheduled export spawns are not exports
        # anyone declared.
        return obj.get("status") == "Cancelled" or obj.get("source_bulk_export_id") is not None

    def live_inputs(self, obj: Mapping[str, Any], state: Mapping[str, Any]) -> Obj:
        live = super().live_inputs(obj, state)
        for name in TIMES:  # the API writes times its own way: the same instant is no change
            if _instant(live.get(name)) is not None and _instant(live.get(name)) == _instant(state.get(name)):
                live[name] = state[name]
        return live

    def natural_key_of(self, values: Mapping[str, Any]) -> tuple[Any, ...]:
        return tuple(_instant(values.get(k)) if k in TIMES else canonical(values.get(k)) for k in self.kind.natural_key)

    def same(self, name: str, old: Any, new: Any) -> bool:
        if name in TIMES and _instant(old) is not None:
            return _instant(old) == _instant(new)
        return super().same(name, old, new)

    def delete(self, api: Scoped, object_id: str, state: Mapping[str, Any]) -> None:
        try:  # the API has no delete: cancelling stops the export (and a scheduled one's next runs)
            api.patch(self.path(self.item, state, object_id), {"status": "Cancelled"})
        except NotFoundError:
            pass


KIND = Kind(
    name="BulkExport",
    description="An export of a project's traces to a `BulkExportDestination`: one-off, or scheduled every "
    "`interval_hours`.",
    inputs=BulkExportInputs,
    outputs=BulkExportOutputs,
    api=BulkExports("/api/v1/bulk-exports", list_filter=None),
    validate=_validate,
    docs=(
        "Every input is fixed at creation: a change cancels the export and starts a new one. `pulumi destroy` "
        "cancels it (LangSmith cannot delete an export); a scheduled export then stops. An export cancelled "
        "outside Pulumi disappears from the stack at the next refresh, and the next `pulumi up` starts it again."
    ),
    conformance=Conformance(
        example={
            "bulk_export_destination_id": "set by the setup",
            "session_id": "set by the setup",
            "start_time": "2026-01-01T00:00:00Z",
            "interval_hours": 24,
        },
        update={},  # nothing changes in place
        replace={"interval_hours": 12, "compression": "gzip"},
        invalid=(
            ({"start_time": "last week"}, "start_time"),
            ({"end_time": "2025-01-01T00:00:00Z"}, "end_time"),
            ({"interval_hours": 0}, "interval_hours"),
            ({"compression": "zip"}, "compression"),
            ({"bulk_export_destination_id": "x"}, "bulk_export_destination_id"),
        ),
        drift=None,  # the only change the API takes is a cancellation, which refresh sees as the export gone
        setup="export_destination_and_project",
    ),
)
