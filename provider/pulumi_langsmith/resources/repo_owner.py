"""`RepoOwner`: an organisation member made an owner (a collaborator) of a prompt (`/api/v1/repos/{owner}/{repo}/owners`).

Added by email, listed with the repo's other owners, removed by `identity_id` in a DELETE body. Nothing changes in
place: every input replaces.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from pydantic import field_validator

from ..framework import Association, Conformance, Kind, OutputsModel, field
from ..framework.strategies.base import Obj
from .org_member import normalized_email
from .prompt import PromptPartInputs


class RepoOwnerInputs(PromptPartInputs):
    email: str = field(
        key=True,
        replace=True,
        min_length=3,
        max_length=320,
        description="Email of the organisation member to make an owner of the prompt.",
    )

    _email = field_validator("email", mode="before")(normalized_email)


class RepoOwnerOutputs(OutputsModel):
    identity_id: str | None = field(None, description="The member's organisation identity id.")
    ls_user_id: str | None = field(None, description="The member's user id.")
    full_name: str | None = field(None, description="The member's name.")
    created_at: str | None = field(None, description="When the member became an owner (ISO 8601).")


def _resource_id(values: Mapping[str, Any], identity_id: Any) -> str:
    return f"{values.get('owner') or '-'}/{values['repo_handle']}/{identity_id}"


class RepoOwners(Association):
    """The owners list answers `{owners: [...]}` of members without an id of their own: the resource id is
    `owner/repo_handle/identity_id`, and the repo's address is carried into each listed member."""

    def created_object(self, response: Any, inputs: Any) -> Obj:
        values = inputs.model_dump(mode="json")
        return {**_located(response, values), "id": _resource_id(values, response.get("identity_id"))}


def _located(member: Mapping[str, Any], values: Mapping[str, Any]) -> Obj:
    return {
        **member,
        "email": (member.get("email") or "").lower() or None,
        "repo_handle": values.get("repo_handle"),
        "owner": values.get("owner") or "-",
    }


def _members(response: Any, values: Mapping[str, Any]) -> Iterable[Obj]:
    for member in (response or {}).get("owners") or []:
        yield {**_located(member, values), "id": _resource_id(values, member.get("identity_id"))}


KIND = Kind(
    name="RepoOwner",
    description="An organisation member who owns (collaborates on) a prompt in the hub.",
    inputs=RepoOwnerInputs,
    outputs=RepoOwnerOutputs,
    # Create: one POST (a 409 means already an owner: the listing finds them to refuse or adopt). Read: the
    # owners list. Delete: one DELETE naming the member by identity_id in its JSON body.
    api=RepoOwners(
        "/api/v1/repos/{owner}/{repo_handle}/owners",
        "/api/v1/repos/{owner}/{repo_handle}/owners",
        listing="/api/v1/repos/{owner}/{repo_handle}/owners",
        members=_members,
        delete_body=lambda state: {"identity_id": state.get("identity_id")},
    ),
    docs=(
        "The member must already belong to the organisation (`OrgMember`, invite accepted); LangSmith answers "
        "404 for anyone else. Every input replaces: to change the owner, a new `RepoOwner` is added and the old "
        "one removed. Someone made an owner outside the program is adopted only with `adopt_existing`."
    ),
    conformance=Conformance(
        example={"repo_handle": "example-prompt", "email": "reviewer@example.com"},
        update={},
        replace={"email": "someone-else@example.com"},
        invalid=(
            ({"email": "not an email"}, "email"),
            ({"repo_handle": "Not A Handle"}, "repo_handle"),
            ({"owner": "../etc"}, "owner"),
        ),
        drift=None,  # nothing about an owner changes in place
        setup="prompt_and_org_member",
    ),
)
