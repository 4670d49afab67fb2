"""`UsageLimit`: a monthly trace limit of a workspace, a project or a user (`PUT/GET /api/v1/usage-limits`).

The API upserts by id (`PUT /api/v1/usage-limits` with `id`): we send an id derived from the resource's
owner, so a create retried after a lost answer upserts the same limit, never a second one. There is no item
GET: read finds the limit in the workspace's list. `DELETE /api/v1/usage-limits/{id}` removes it.
"""

from __future__ import annotations

from typing import Literal

from ..framework import Conformance, Kind, OutputsModel, PutUpsert, Uuid, WorkspaceInputs, field

LimitScope = Literal["workspace", "project", "user"]


class UsageLimitInputs(WorkspaceInputs):
    limit_type: Literal["monthly_traces", "monthly_longlived_traces"] = field(
        description="What is limited: `monthly_traces` or `monthly_longlived_traces` (extended retention)."
    )
    limit_value: int = field(ge=0, le=10**12, description="The most traces of that type per month.")
    scope: LimitScope = field(
        "workspace",
        replace=True,
        description="What the limit applies to: the `workspace`, one `project` (`project_id`) or one `user` "
        "(`identity_id`). Changing it replaces the limit.",
    )
    project_id: Uuid | None = field(
        None, replace=True, api_name="session_id", description="Project (tracer session) of a `project` limit."
    )
    identity_id: Uuid | None = field(
        None, replace=True, description="Workspace identity of a `user` limit (see `list_workspace_members`)."
    )


class UsageLimitOutputs(OutputsModel):
    created_at: str | None = field(None, description="Creation time (ISO 8601).")
    updated_at: str | None = field(None, description="Last change (ISO 8601).")


def _target_matches_scope(inputs: UsageLimitInputs) -> list[tuple[str, str]]:
    wanted = {"workspace": None, "project": "project_id", "user": "identity_id"}[inputs.scope]
    failures: list[tuple[str, str]] = []
    for name in ("project_id", "identity_id"):
        given = getattr(inputs, name) is not None
        if name == wanted and not given:
            failures.append((name, f"a `{inputs.scope}` limit needs {name}"))
        elif name != wanted and given:
            failures.append((name, f"{name} is only for a `{'project' if name == 'project_id' else 'user'}` limit"))
    return failures


KIND = Kind(
    name="UsageLimit",
    description="A monthly trace limit of a workspace, a project or a user.",
    inputs=UsageLimitInputs,
    outputs=UsageLimitOutputs,
    validate=_target_matches_scope,
    api=PutUpsert("/api/v1/usage-limits", "/api/v1/usage-limits/{id}"),
    conformance=Conformance(
        example={"limit_type": "monthly_traces", "limit_value": 100_000},
        update={"limit_value": 250_000},
        replace={"scope": "project", "project_id": "8d3e1a0c-9f55-4d5b-a1de-3b8e0b6f3c21"},
        invalid=(
            ({"limit_value": -1}, "limit_value"),
            ({"limit_type": "daily_traces"}, "limit_type"),
            ({"scope": "user"}, "identity_id"),
        ),
        drift={"limit_value": 5},
    ),
)
