"""`DatasetExamples`: the examples of a dataset from a JSONL or CSV file, as one resource (bulk endpoints)."""

from __future__ import annotations

import csv
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import Field

from ..framework import Conformance, Kind, OutputsModel, Uuid, WorkspaceInputs, field
from ..framework.strategies.base import Obj
from ..framework.strategies.bulk_rows import BulkRows, RowsError, digest
from .example import SPLIT_KEY

Column = Annotated[str, Field(min_length=1, max_length=256)]
MAX_ROWS = 100_000
MAX_FILE_BYTES = 512 * 1024 * 1024


class DatasetExamplesInputs(WorkspaceInputs):
    dataset_id: Uuid = field(replace=True, description="The dataset the examples belong to.")
    path: str = field(
        min_length=1,
        max_length=4096,
        description="The file of examples: JSONL (one object per line: `inputs`, optional `outputs` and "
        "`metadata`, and a row id) or CSV (a header row). A relative path is relative to the Pulumi project.",
    )
    format: Literal["jsonl", "csv"] | None = field(
        None, description="`jsonl` or `csv`; by default from the file's extension (`.jsonl`/`.ndjson`, `.csv`)."
    )
    id_field: str = field(
        "id",
        min_length=1,
        max_length=256,
        description="The key (JSONL) or column (CSV) holding each row's stable id. A row without one is "
        "identified by its inputs, so editing its inputs replaces that example.",
    )
    output_columns: list[Column] = field(
        [],
        max_length=256,
        description="CSV only: the columns that are reference outputs.",
    )
    metadata_columns: list[Column] = field(
        [],
        max_length=256,
        description="CSV only: the columns that are metadata. Every other column (but the id) is an input.",
    )


class DatasetExamplesOutputs(OutputsModel):
    row_count: int | None = field(None, ge=0, description="How many examples the resource manages.")
    content_sha256: str | None = field(
        None,
        max_length=64,
        description="Digest of the examples (row ids and contents) as last written or read: a change of the "
        "file's rows, or of the examples out of band, changes it, and the next update writes the difference.",
    )


def _format(inputs: DatasetExamplesInputs) -> str:
    if inputs.format is not None:
        return inputs.format
    suffix = Path(inputs.path).suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        return "jsonl"
    if suffix == ".csv":
        return "csv"
    raise RowsError(f"cannot tell the format of {inputs.path!r} from its extension: set `format`")


def _object(value: Any, what: str, where: str) -> dict[str, Any] | None:
    if value is None or value == {}:
        return None
    if not isinstance(value, dict):
        raise RowsError(f"{where}: `{what}` must be an object")
    return value


def _jsonl_rows(text: str, inputs: DatasetExamplesInputs) -> list[tuple[str, Any, Obj]]:
    rows = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"line {number}"
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            raise RowsError(f"{where}: not JSON ({exc.msg})") from None
        if not isinstance(item, dict):
            raise RowsError(f"{where}: a row must be a JSON object")
        unknown = set(item) - {"inputs", "outputs", "metadata", inputs.id_field}
        if unknown:
            raise RowsError(
                f"{where}: unknown keys {sorted(unknown)} (expected inputs, outputs, metadata, {inputs.id_field})"
            )
        row_inputs = _object(item.get("inputs"), "inputs", where)
        if not row_inputs:
            raise RowsError(f"{where}: the row has no inputs")
        row = {
            "inputs": row_inputs,
            "outputs": _object(item.get("outputs"), "outputs", where),
            "metadata": _object(item.get("metadata"), "metadata", where),
        }
        if row["metadata"] and SPLIT_KEY in row["metadata"]:
            raise RowsError(f"{where}: `metadata.{SPLIT_KEY}` is split membership: use DatasetSplit")
        rows.append((where, item.get(inputs.id_field), row))
    return rows


def _csv_rows(text: str, inputs: DatasetExamplesInputs) -> list[tuple[str, Any, Obj]]:
    reader = csv.DictReader(text.splitlines())
    header = reader.fieldnames or []
    missing = [c for c in (*inputs.output_columns, *inputs.metadata_columns) if c not in header]
    if missing:
        raise RowsError(f"the CSV header has no column {missing[0]!r}")
    special = {inputs.id_field, *inputs.output_columns, *inputs.metadata_columns}
    rows = []
    for number, item in enumerate(reader, start=2):
        where = f"line {number}"
        if None in item:
            raise RowsError(f"{where}: more values than the header has columns")
        row_inputs = {k: v for k, v in item.items() if k not in special and v not in (None, "")}
        if not row_inputs:
            raise RowsError(f"{where}: the row has no inputs")
        outputs = {k: item[k] for k in inputs.output_columns if item.get(k) not in (None, "")}
        metadata = {k: item[k] for k in inputs.metadata_columns if item.get(k) not in (None, "")}
        row = {"inputs": row_inputs, "outputs": outputs or None, "metadata": metadata or None}
        rows.append((where, item.get(inputs.id_field) or None, row))
    return rows


def read_rows(inputs: DatasetExamplesInputs) -> dict[str, Obj]:
    """The file's rows by row id (raises `RowsError`: a missing or unparsable file, a bad row, a duplicate id)."""
    fmt = _format(inputs)
    path = Path(inputs.path)
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise RowsError(f"{inputs.path!r} is larger than {MAX_FILE_BYTES // (1024 * 1024)} MiB")
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise RowsError(f"no file {inputs.path!r} (relative paths are relative to the Pulumi project)") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise RowsError(f"cannot read {inputs.path!r}: {exc}") from None
    try:
        parsed = _jsonl_rows(text, inputs) if fmt == "jsonl" else _csv_rows(text, inputs)
    except csv.Error as exc:
        raise RowsError(f"not CSV: {exc}") from None
    rows: dict[str, Obj] = {}
    for where, row_id, row in parsed:
        if row_id is not None and not isinstance(row_id, (str, int)):
            raise RowsError(f"{where}: `{inputs.id_field}` must be a string or an integer")
        key = f"id:{row_id}" if row_id not in (None, "") else f"inputs:{digest(row['inputs'])[:32]}"
        if len(key) > 256:
            raise RowsError(f"{where}: `{inputs.id_field}` is longer than 253 characters")
        if key in rows:
            what = f"`{inputs.id_field}` {row_id!r}" if key.startswith("id:") else "inputs (and no id)"
            raise RowsError(f"{where}: another row has the same {what}")
        rows[key] = row
    if not rows:
        raise RowsError(f"{inputs.path!r} has no rows")
    if len(rows) > MAX_ROWS:
        raise RowsError(f"{inputs.path!r} has more than {MAX_ROWS} rows")
    return rows


def live_row(obj: Mapping[str, Any]) -> Obj:
    """An example as a row: the same normal form as the file's (split membership is left to DatasetSplit)."""
    metadata = {k: v for k, v in (obj.get("metadata") or {}).items() if k != SPLIT_KEY}
    return {"inputs": obj.get("inputs") or {}, "outputs": obj.get("outputs") or None, "metadata": metadata or None}


def create_item(row: Obj, example_id: str, values: Mapping[str, Any]) -> Obj:
    return {"id": example_id, "dataset_id": values["dataset_id"], **row}


def update_item(row: Obj, example_id: str, values: Mapping[str, Any], live: Mapping[str, Any] | None) -> Obj:
    # A PATCH of `metadata` replaces it whole, split membership (`metadata.dataset_split`) included: the
    # example's live splits are sent back with it, so a file edit never moves an example out of its splits.
    item = {"id": example_id, **row}
    splits = ((live or {}).get("metadata") or {}).get(SPLIT_KEY)
    if splits:
        item["split"] = splits
    return item


KIND = Kind(
    name="DatasetExamples",
    description="The examples of a dataset from a JSONL or CSV file, managed as one resource (a golden set "
    "of thousands of rows).",
    inputs=DatasetExamplesInputs,
    outputs=DatasetExamplesOutputs,
    api=BulkRows(
        source="path",
        rows=read_rows,
        live_row=live_row,
        create_item=create_item,
        update_item=update_item,
        bulk="/api/v1/examples/bulk",
        delete="/api/v1/examples",
        delete_param="example_ids",
        listing="/api/v1/examples",
        listing_params=lambda values: {"dataset": values["dataset_id"]},
        keep_live=True,
    ),
    extra_state=("row_digests", "id_seed", "generation"),
    docs=(
        "The file is read at preview: a missing or unparsable file, a row without inputs or two rows with "
        "the same id fail the preview, naming `path`. State keeps no rows, only a 16-hex digest per row id "
        "and `content_sha256`: editing the file is an update (reformatting it is not), and the update sends "
        "only the difference, new rows in one bulk create, changed rows in one bulk patch, dropped rows in "
        "bulk deletes (100 ids each). Refresh reads the dataset's examples, so examples changed or deleted by "
        "hand show as a change and the next update writes them back. Example ids are derived from the "
        "resource and the row id, so a retried create never duplicates. Each write is a new dataset version "
        "(pin one with `DatasetVersionTag`). Split membership is left to `DatasetSplit`."
    ),
    conformance=Conformance(
        example={"dataset_id": "set by the setup", "path": "set by the setup"},
        update={"path": "set by the setup"},
        replace={"dataset_id": "00000000-0000-4000-8000-000000000003"},
        invalid=(
            ({"path": ""}, "path"),
            ({"path": "/nonexistent/golden.jsonl"}, "path"),
            ({"format": "xml"}, "format"),
            ({"dataset_id": "x"}, "dataset_id"),
        ),
        drift=None,  # the rows are not inputs: drift shows in `content_sha256` (tests/test_dataset_examples.py)
        setup="dataset_and_examples_file",
    ),
)
