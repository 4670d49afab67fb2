"""`WorkspaceSecret`: one key of a workspace's secrets (`/api/v1/workspaces/current/secrets`).

The API is an upsert list: `POST [{key, value}]` sets a value, `value: null` deletes the key, and `GET`
lists keys only. So the value is never read back: refresh detects a key deleted out of band, and keeps
the value from state (a secret); a value changed out of band cannot be seen by any client.
"""

from __future__ import annotations

from ..framework import Conformance, Kind, OutputsModel, UpsertList, WorkspaceScopedInputs, field


class WorkspaceSecretInputs(WorkspaceScopedInputs):
    key: str = field(
        key=True,
        replace=True,
        min_length=1,
        max_length=255,
        pattern=r"^\S(.*\S)?$",
        description="Secret name (e.g. `OPENAI_API_KEY`), unique in its workspace. Changing it replaces the secret.",
    )
    value: str = field(
        secret=True,
        write_only=True,
        min_length=1,
        max_length=65_536,
        description="Secret value; secret in state, never read back from the API.",
    )


class WorkspaceSecretOutputs(OutputsModel):
    pass


KIND = Kind(
    name="WorkspaceSecret",
    description="A secret of a workspace, used by the playground, online evaluators and deployments.",
    inputs=WorkspaceSecretInputs,
    outputs=WorkspaceSecretOutputs,
    api=UpsertList("/api/v1/workspaces/current/secrets"),
    delete_before_replace=False,  # a new key (or workspace) never collides with the old one
    conformance=Conformance(
        example={"key": "CONFORMANCE_TOKEN", "value": "conformance-value-1"},
        update={"value": "conformance-value-2"},
        replace={"key": "CONFORMANCE_TOKEN_2"},
        invalid=(
            ({"key": ""}, "key"),
            ({"key": " PADDED "}, "key"),
            ({"value": ""}, "value"),
            ({"workspace_id": "nope"}, "workspace_id"),
        ),
        drift=None,  # only the key is readable: a value changed by hand cannot be seen
    ),
)
