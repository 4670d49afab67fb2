"""What SCIM provisioning does to the organisation: the bridge from `/scim/v2` to the access family's principals.

- A SCIM bearer token is one made through the SCIM token routes (`access.principals`).
- A SCIM user is an organisation member while `active`; deactivating or deleting it removes the membership.
- Group names carry roles (LangSmith's convention, resolved against the organisation's real workspaces and
  roles): `<prefix>Organization Admin[s]` makes members organisation admins, and
  `<prefix><org role><sep><workspace><sep><workspace role>` gives them the org role and a membership of the
  workspace with that role. `<sep>` is the organisation's `scim_group_name_separator` (default `:`); role names
  match case-insensitively, workspace names exactly, and any prefix is ignored. A name that maps to nothing
  (an unknown workspace or role) grants nothing, as in LangSmith.
- Only memberships SCIM granted are changed or removed by SCIM; those made by hand are left alone.
"""

from __future__ import annotations

from dataclasses import dataclass

from ...store import Store
from ..access import principals
from ..langsmith.tables import ORGANIZATIONS, WORKSPACES
from .tables import SCIM_USERS

DEFAULT_SEPARATOR = ":"
ORGANIZATION_ADMIN = "Organization Admin"
#: The organisation role of a SCIM user that no group names a role for.
DEFAULT_ORGANIZATION_ROLE = "Organization User"


@dataclass(frozen=True)
class Grant:
    """What one group gives its members: an organisation role, and maybe a workspace role."""

    organization_role: str
    workspace_id: str | None = None
    workspace_role: str | None = None


def separator_of(store: Store, organization_id: str) -> str:
    org = store.get(ORGANIZATIONS, organization_id) or {}
    return str(org.get("scim_group_name_separator") or DEFAULT_SEPARATOR)


def _ends_with_org_role(head: str, org_roles: list[str]) -> str | None:
    return next((role for role in org_roles if head.lower().endswith(role.lower())), None)


def role_mapping(store: Store, organization_id: str, display_name: str) -> Grant | None:
    """The grant a group name carries in this organisation, or None when it maps to nothing."""
    lowered = display_name.lower()
    if lowered.endswith((ORGANIZATION_ADMIN.lower(), ORGANIZATION_ADMIN.lower() + "s")):
        return Grant(ORGANIZATION_ADMIN)
    separator = separator_of(store, organization_id)
    org_roles = organization_role_names(store, organization_id)
    for workspace in store.list(WORKSPACES, organization_id):
        if workspace.get("is_deleted"):
            continue
        name = workspace["display_name"]
        for role in workspace_role_names(store, organization_id):
            tail = f"{separator}{name}{separator}{role}"
            head, end = display_name[: -len(tail)], display_name[-len(tail) :]
            if len(display_name) <= len(tail) or end.lower() != tail.lower():
                continue
            if end[len(separator) : len(separator) + len(name)] != name:
                continue  # workspace names match exactly, roles case-insensitively
            org_role = _ends_with_org_role(head, org_roles)
            if org_role is not None:
                return Grant(org_role, workspace["id"], role)
    return None


def apply_grants(store: Store, organization_id: str, scim_user_id: str, grants: list[Grant]) -> None:
    """Bring the SCIM user's organisation role and SCIM-granted workspace memberships to what its groups grant."""
    user = store.get_in(SCIM_USERS, organization_id, scim_user_id)
    if user is None:
        return
    if not user.get("active", True):
        grants = []
    org_role = (
        ORGANIZATION_ADMIN
        if any(g.organization_role == ORGANIZATION_ADMIN for g in grants)
        else next((g.organization_role for g in grants), DEFAULT_ORGANIZATION_ROLE)
    )
    workspaces: dict[str, str] = {}
    for grant in grants:
        if grant.workspace_id is not None and grant.workspace_role is not None:
            workspaces.setdefault(grant.workspace_id, grant.workspace_role)
    set_scim_roles(store, organization_id, scim_user_id, org_role if user.get("active", True) else None, workspaces)


# ---------------------------------------------------------------- principals calls


def organization_of_token(store: Store, token: str) -> str | None:
    """The organisation a SCIM bearer token belongs to (None when unknown or revoked)."""
    return principals.organization_of_scim_token(store, token)


def organization_role_names(store: Store, organization_id: str) -> list[str]:
    return principals.organization_role_names(store, organization_id)


def workspace_role_names(store: Store, organization_id: str) -> list[str]:
    return principals.workspace_role_names(store, organization_id)


def provision_user(
    store: Store, organization_id: str, scim_user_id: str, *, email: str, full_name: str | None, active: bool
) -> None:
    """Make (or update) the organisation member behind a SCIM user; an inactive one is no member."""
    principals.provision_scim_member(
        store, organization_id, scim_user_id, email=email, full_name=full_name, active=active
    )


def deprovision_user(store: Store, organization_id: str, scim_user_id: str) -> None:
    principals.deprovision_scim_member(store, organization_id, scim_user_id)


def set_scim_roles(
    store: Store, organization_id: str, scim_user_id: str, org_role: str | None, workspaces: dict[str, str]
) -> None:
    principals.set_scim_member_roles(store, organization_id, scim_user_id, org_role, workspaces)
