"""What the key kinds share (`ServiceKey`, `PersonalAccessToken`, `ApiKey`): the description and expiry
inputs, the once-only secret `key` output, and the expiry's canonical form. The owner marker in the
description (no orphaned keys) is `ShownOnce`'s."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timezone
from typing import Any

from pydantic import field_validator

from ..framework import InputsModel, OutputsModel, ShownOnce, contains_unknown, field

EXPIRY_FORMAT = "must be an ISO 8601 date-time, e.g. 2027-01-31T00:00:00Z"


def normalize_expiry(value: Any) -> Any:
    """ISO 8601 date-time → canonical UTC (`2026-01-02T03:04:05+00:00`); a naive time is UTC.

    Raises only ValueError (pydantic then names the property), also for a time that cannot be expressed
    in UTC (`9999-12-31T23:59:59-05:00`)."""
    if value is None or not isinstance(value, str) or contains_unknown(value):
        return value
    try:
        when = datetime.fromisoformat(value.strip())
    except ValueError:
        raise ValueError(EXPIRY_FORMAT) from None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    try:
        return when.astimezone(timezone.utc).isoformat()
    except (OverflowError, ValueError):
        raise ValueError(f"{value[:40]!r} is out of range (it is after 9999-12-31 in UTC)") from None


class KeyInputs(InputsModel):
    """Inputs every key kind shares."""

    description: str = field(
        replace=True,
        min_length=1,
        max_length=1024,
        description="What the key is for. Changing it replaces the key. LangSmith lists it with this resource's "
        "owner marker appended (` [pulumi:<12 hex>]`, see docs/access.md), which refresh and diff ignore.",
    )
    expires_at: str | None = field(
        None,
        replace=True,
        max_length=64,
        description="Expiry (ISO 8601 date-time; naive means UTC); unset never expires. Changing it replaces the key.",
    )

    _normalize_expiry = field_validator("expires_at", mode="before")(normalize_expiry)


class KeyOutputs(OutputsModel):
    """Outputs every key kind shares."""

    key: str | None = field(
        None, secret=True, once=True, description="The key's value: returned once at creation, kept as a secret."
    )
    short_key: str | None = field(None, description="Masked form of the key, as LangSmith lists it.")
    created_at: str | None = field(None, description="Creation time (ISO 8601).")


class Keys(ShownOnce):
    """A collection of keys: the API returns the expiry in its own form, compared in canonical UTC."""

    def live_inputs(self, obj: Mapping[str, Any], state: Mapping[str, Any]) -> dict[str, Any]:
        live = super().live_inputs(obj, state)
        return {**live, "expires_at": normalize_expiry(obj.get("expires_at"))}


KEY_CONFORMANCE: dict[str, Any] = {
    "example": {"description": "conformance-key"},
    "update": {},  # every input of a key replaces it: nothing changes in place
    "replace": {"description": "conformance-key, rotated"},
    "invalid": (
        ({"description": ""}, "description"),
        ({"expires_at": "next tuesday"}, "expires_at"),
        ({"expires_at": "2020-01-01T00:00:00Z"}, "expires_at"),
        ({"expires_at": "9999-12-31T23:59:59-05:00"}, "expires_at"),
    ),
}
"""Conformance examples every key kind shares (no setup: the provider's organization-admin key suffices)."""
