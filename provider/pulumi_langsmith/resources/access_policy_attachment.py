"""`AccessPolicyAttachment`: an access policy attached to a role.

Attach is `POST /v1/platform/orgs/current/access-policies/roles/{role_id}/access-policies` (spec); an
attachment is read through the policy's `role_ids`. Detach is in no spec: this provider uses the route the
official Terraform provider uses, `DELETE .../roles/{role_id}/access-policies?access_policy_ids=<id>`
(`access_policy_attachment_resource.go`, see ../shared/reference/terraform-anchors.md).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from ..framework import AdoptableInputs, Association, Conformance, Kind, OutputsModel, Uuid, field
from .access_policy import POLICIES_PATH


class AccessPolicyAttachmentInputs(AdoptableInputs):
    role_id: Uuid = field(key=True, replace=True, description="The role (`Role.id`, or a built-in role's id).")
    access_policy_id: Uuid = field(key=True, replace=True, description="The policy (`AccessPolicy.id`).")


class AccessPolicyAttachmentOutputs(OutputsModel):
    pass


def _attachments(policy: Any, values: Mapping[str, Any]) -> Iterable[Mapping[str, Any]]:
    """One attachment per role the policy is attached to."""
    for role_id in (policy or {}).get("role_ids") or []:
        yield {"id": f"{role_id}/{policy['id']}", "role_id": role_id, "access_policy_id": policy["id"]}


class Attachments(Association):
    # The attach body lists policy ids; its 204 has no body: the attachment is its pair.
    def to_api(self, inputs: Any, fields: Any = None) -> dict[str, Any]:
        return {"access_policy_ids": [inputs.access_policy_id]}

    def created_object(self, response: Any, inputs: Any) -> dict[str, Any]:
        return {
            "id": f"{inputs.role_id}/{inputs.access_policy_id}",
            "role_id": inputs.role_id,
            "access_policy_id": inputs.access_policy_id,
        }


KIND = Kind(
    name="AccessPolicyAttachment",
    description="An access policy attached to a role (id `<role_id>/<access_policy_id>`); any change replaces it.",
    inputs=AccessPolicyAttachmentInputs,
    outputs=AccessPolicyAttachmentOutputs,
    scope="organization",
    # Attaching an attached policy succeeds, so create reads the policy first (to refuse or adopt an attachment
    # made elsewhere), then attaches: 2 requests. Read: the policy (1). Detach: the undocumented DELETE (1).
    api=Attachments(
        POLICIES_PATH + "/roles/{role_id}/access-policies",
        POLICIES_PATH + "/roles/{role_id}/access-policies",
        listing=POLICIES_PATH + "/{access_policy_id}",
        members=_attachments,
        delete_params=lambda values: {"access_policy_ids": values.get("access_policy_id")},
        find_first=True,
    ),
    docs=(
        "Detaching uses `DELETE /v1/platform/orgs/current/access-policies/roles/{role_id}/access-policies"
        "?access_policy_ids=<id>`, which no published spec describes: it is the route the official Terraform "
        "provider uses. A replaced `AccessPolicy` gets a new id, so its attachments are replaced with it."
    ),
    conformance=Conformance(
        example={
            "role_id": "00000000-0000-4000-8000-000000000000",
            "access_policy_id": "00000000-0000-4000-8000-000000000001",
        },
        update={},
        replace={"access_policy_id": "00000000-0000-4000-8000-000000000002"},
        invalid=(
            ({"role_id": "admin"}, "role_id"),
            ({"access_policy_id": "-" * 36}, "access_policy_id"),
        ),
        drift=None,
        setup="role_and_access_policy",
    ),
)
