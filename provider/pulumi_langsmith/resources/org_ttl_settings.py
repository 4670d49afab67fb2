"""`OrgTtlSettings`: the organisation's default trace retention tier (`GET/PUT /api/v1/orgs/ttl-settings`).

A singleton: the organisation always has one (the system default until set), so create adopts it. The GET
lists the organisation's setting (`tenant_id` null) with its workspaces'; the PUT replaces the whole setting,
so an update sends the live values of the fields it does not change. Destroy forgets it with a warning.
"""

from __future__ import annotations

from typing import Literal

from ..framework import Conformance, InputsModel, Kind, OutputsModel, Singleton, field

TraceTier = Literal["longlived", "shortlived"]


class OrgTtlSettingsInputs(InputsModel):
    default_trace_tier: TraceTier = field(
        description="Retention tier of new traces: `longlived` (extended retention) or `shortlived` (base, 14 days)."
    )
    apply_to_all_projects: bool | None = field(
        None, description="Whether the tier also applies to existing projects, not only to new ones."
    )


class OrgTtlSettingsOutputs(OutputsModel):
    setting_id: str | None = field(None, api_name="id", description="Id of the organisation's retention setting.")
    configured_by: str | None = field(None, description="`user` once set, `system` for LangSmith's default.")
    longlived_ttl_days: int | None = field(None, description="Days long-lived traces are kept, when customised.")


KIND = Kind(
    name="OrgTtlSettings",
    description="The organisation's default trace retention tier. One per organisation; destroy leaves it as it is.",
    inputs=OrgTtlSettingsInputs,
    outputs=OrgTtlSettingsOutputs,
    scope="organization",
    api=Singleton("/api/v1/orgs/ttl-settings", update_method="PUT", list_match={"tenant_id": None}),
    docs="`pulumi up` adopts the organisation's setting; `pulumi destroy` forgets it (with a warning) and leaves "
    "the tier as it is: LangSmith cannot delete it.",
    conformance=Conformance(
        example={"default_trace_tier": "shortlived"},
        update={"default_trace_tier": "longlived", "apply_to_all_projects": True},
        replace=None,  # every field changes in place
        invalid=(({"default_trace_tier": "forever"}, "default_trace_tier"),),
        drift={"default_trace_tier": "longlived"},
        delete_forgets=True,
    ),
)
