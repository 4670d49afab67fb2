"""`ApiKey`: a legacy workspace API key (`/api/v1/api-key`, in the workspace named by `X-Tenant-Id`)."""

from __future__ import annotations

from ..framework import Conformance, Kind, Uuid, field
from ._keys import KEY_CONFORMANCE, KeyInputs, KeyOutputs, Keys


class ApiKeyInputs(KeyInputs):
    workspace_id: Uuid | None = field(
        None,
        replace=True,
        description="Workspace of the key (sent as `X-Tenant-Id`); defaults to the provider's workspace. "
        "Changing it replaces the key.",
    )


KIND = Kind(
    name="ApiKey",
    description="A legacy LangSmith API key of one workspace.",
    inputs=ApiKeyInputs,
    outputs=KeyOutputs,
    api=Keys("/api/v1/api-key", max_expiry_setting="max_api_key_expiry_days"),
    conformance=Conformance(
        **{
            **KEY_CONFORMANCE,
            "invalid": (*KEY_CONFORMANCE["invalid"], ({"workspace_id": "-" * 36}, "workspace_id")),
        }
    ),
    scope="workspace",
    delete_before_replace=False,  # rotation: the new key exists before the old one is revoked
)
