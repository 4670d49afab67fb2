"""Field markers: how a kind's inputs and outputs behave, declared once on the pydantic field.

`field(...)` is pydantic's `Field` plus the behaviour the engine derives everything from: replace on
change, secret, natural key, server-defaulted, unordered, write-only, shown once, and the API's own name
for the field. Bases for input and output models, and the shared `Uuid` type, live here too.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, ConfigDict, Field
from pydantic.fields import FieldInfo

__all__ = [
    "AdoptableInputs",
    "Behaviour",
    "InputsModel",
    "NestedInputs",
    "OutputsModel",
    "Uuid",
    "WorkspaceInputs",
    "WorkspaceScopedInputs",
    "behaviour_of",
    "field",
]


@dataclass(frozen=True)
class Behaviour:
    """What the engine does with one field. Every flag defaults to the plain case."""

    replace: bool = False
    """A change replaces the object (the API cannot change it in place)."""
    secret: bool = False
    """Encrypted in state, wrapped as a secret output, scrubbed from every error."""
    key: bool = False
    """Part of the natural key: how an existing object is found for adoption."""
    server_default: bool = False
    """Unset means "whatever the server holds": leaving it out is not a change."""
    unordered: bool = False
    """A list whose order is not a change."""
    write_only: bool = False
    """Never read back from the API: refresh keeps the value from state."""
    once: bool = False
    """An output only the create response carries (a key's value): refresh and update keep it."""
    api_name: str | None = None
    """The API's name for the field, where it differs."""


_PLAIN = Behaviour()


def field(
    default: Any = ...,
    *,
    description: str,
    replace: bool = False,
    secret: bool = False,
    key: bool = False,
    server_default: bool = False,
    unordered: bool = False,
    write_only: bool = False,
    once: bool = False,
    api_name: str | None = None,
    **constraints: Any,
) -> Any:
    """A pydantic field carrying its `Behaviour`; `constraints` are pydantic's (`min_length`, `pattern`, ...)."""
    info: FieldInfo = Field(default, description=description, **constraints)
    info.metadata.append(
        Behaviour(replace, secret, key, server_default, unordered, write_only, once, api_name),
    )
    return info


def behaviour_of(info: FieldInfo) -> Behaviour:
    """The field's declared behaviour (plain when it has no marker)."""
    return next((m for m in info.metadata if isinstance(m, Behaviour)), _PLAIN)


def _canonical_uuid(value: str) -> str:
    try:
        return str(uuid.UUID(value)) if len(value) == 36 else _not_uuid(value)
    except ValueError:
        return _not_uuid(value)


def _not_uuid(value: str) -> str:
    raise ValueError(f"{value[:40]!r} is not a UUID (8-4-4-4-12 hex digits)")


Uuid = Annotated[str, Field(min_length=36, max_length=36), AfterValidator(_canonical_uuid)]
"""A UUID in its canonical 36-character form, validated as a UUID (not merely 36 hex digits or dashes)."""


class InputsModel(BaseModel):
    """Base of every kind's inputs: unknown properties are errors, numbers are coerced (floats from protobuf)."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True, validate_default=True)


class NestedInputs(BaseModel):
    """Base of an input's nested object: unknown properties are errors."""

    model_config = ConfigDict(extra="forbid")


class OutputsModel(BaseModel):
    """Base of every kind's outputs: what the API computes. Every output is optional (unknown at preview)."""

    model_config = ConfigDict(extra="ignore")


class AdoptableInputs(InputsModel):
    """Inputs of a kind with a natural key."""

    adopt_existing: bool = Field(
        default=False,
        description="When an object with the same natural key already exists, adopt it and bring it to these "
        "inputs instead of failing. `pulumi import` cannot import dynamic resources; this is the way in.",
    )


class WorkspaceScopedInputs(AdoptableInputs):
    """Inputs of a workspace-scoped kind."""

    workspace_id: Uuid | None = field(
        None,
        replace=True,
        description="Workspace to manage the object in (sent as `X-Tenant-Id`); defaults to the provider's "
        "`langsmith:workspaceId`, else the API key's workspace. Changing it replaces the object.",
    )


class WorkspaceInputs(InputsModel):
    """Inputs of a workspace-scoped kind without a natural key (nothing to adopt: settings, limits)."""

    workspace_id: Uuid | None = field(
        None,
        replace=True,
        description="Workspace the object belongs to (sent as `X-Tenant-Id`); defaults to the provider's "
        "`langsmith:workspaceId`, else the API key's workspace. Changing it replaces the object.",
    )
