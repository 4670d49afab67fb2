"""`KindSummary`: what schema.json, the docs, drift and the policies need to know of a kind."""

from __future__ import annotations

import typing
from dataclasses import dataclass
from typing import Any

from pydantic.fields import FieldInfo

from .kind import Kind


@dataclass(frozen=True)
class OutputDoc:
    name: str
    type: str
    description: str
    secret: bool = False


@dataclass(frozen=True)
class KindSummary:
    name: str
    description: str
    inputs: Any
    outputs: tuple[OutputDoc, ...]
    secret_fields: frozenset[str]
    replace_on_change: frozenset[str]
    natural_key: tuple[str, ...]
    path: str
    scope: str


def json_type(info: FieldInfo) -> str:
    """The JSON type of an output field: string, boolean, integer, number, object or array."""
    annotation = info.annotation
    for candidate in typing.get_args(annotation) or (annotation,):
        origin = typing.get_origin(candidate) or candidate
        for py, name in ((bool, "boolean"), (int, "integer"), (float, "number"), (dict, "object"), (list, "array")):
            if origin is py:
                return name
    return "string"


def summarize(provider: Any) -> KindSummary:
    """The summary of a provider class's kind (framework kinds, and kinds not yet migrated to it)."""
    kind = getattr(provider, "kind", None)
    if isinstance(kind, Kind):
        outputs = tuple(
            OutputDoc(
                n,
                json_type(kind.outputs.model_fields[n]),
                kind.outputs.model_fields[n].description or "",
                n in kind.secret_outputs,
            )
            for n in kind.output_names
        )
        api = kind.api
        return KindSummary(
            kind.name,
            kind.description,
            kind.inputs,
            outputs,
            kind.secret_fields,
            kind.replace_fields,
            kind.natural_key,
            str(getattr(api, "collection", None) or getattr(api, "path", "")),
            kind.scope,
        )
    spec = provider.spec
    outputs = tuple(OutputDoc(o.name, o.type, o.description, o.secret) for o in spec.outputs)
    return KindSummary(
        spec.kind,
        spec.description,
        spec.inputs,
        outputs,
        frozenset(spec.secret_fields),
        frozenset(spec.replace_on_change),
        tuple(spec.natural_key),
        spec.collection_path,
        spec.scope,
    )
