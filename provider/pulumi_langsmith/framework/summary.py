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
    """The summary of a provider class's kind."""
    kind: Kind[Any] = provider.kind
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
