"""The emulator's SCIM 2.0 routes (`/scim/v2`) against RFC 7643/7644, as no LangSmith SCIM spec exists.

Every response is parsed with `scim2-models` in the RFC context it belongs to (creation, query, replacement,
patch, search responses and errors), and must be `application/scim+json`. This is the check the contract
test delegates `/scim/v2` to (`scripts/extract_contract.py: SPECLESS_PREFIXES`).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from pulumi_langsmith.emulator.app import served_routes
from scim2_models import Context, Error, Group, ListResponse, User

SCIM = "application/scim+json"
PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp"
USER_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:User"
GROUP_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:Group"


def create_scim_token(base_url: str, api_key: str) -> str:
    """A SCIM bearer token made the way an admin makes one: through the SCIM token API."""
    with httpx.Client(base_url=base_url, headers={"X-Api-Key": api_key}) as api:
        response = api.post("/v1/platform/orgs/current/scim/tokens", json={"description": "rfc test"})
        assert response.status_code == 201, response.text
        return response.json()["token"]


class ScimClient:
    """An httpx client for `/scim/v2` that checks every response against RFC 7644 with scim2-models."""

    def __init__(self, http: httpx.Client) -> None:
        self.http = http

    def call(self, method: str, path: str, expect: int, *, json: Any = None, context: Context | None = None,
             model: Any = None, **kwargs: Any) -> Any:  # fmt: skip
        headers = {**({"Content-Type": SCIM} if json is not None else {}), **kwargs.pop("headers", {})}
        response = self.http.request(method, path, json=json, headers=headers, **kwargs)
        assert response.status_code == expect, f"{method} {path}: {response.status_code} {response.text}"
        if expect == 204:
            assert response.content == b""
            return None
        assert response.headers["content-type"].startswith(SCIM)
        body = response.json()
        if expect >= 400:
            error = Error.model_validate(body)
            assert error.status == expect and error.detail
            assert body["schemas"] == ["urn:ietf:params:scim:api:messages:2.0:Error"]
            return error
        return model.model_validate(body, scim_ctx=context)


@pytest.fixture
def scim(langsmith_emulator) -> Iterator[ScimClient]:
    token = create_scim_token(langsmith_emulator.base_url, langsmith_emulator.api_key)
    with httpx.Client(
        base_url=f"{langsmith_emulator.base_url}/scim/v2", headers={"Authorization": f"Bearer {token}"}
    ) as http:
        yield ScimClient(http)


def new_user(scim: ScimClient, user_name: str, **extra: Any) -> User:
    body = {
        "schemas": [USER_SCHEMA],
        "userName": user_name,
        "emails": [{"value": f"{user_name}@example.com", "type": "work", "primary": True}],
        **extra,
    }
    return scim.call("POST", "/Users", 201, json=body, context=Context.RESOURCE_CREATION_RESPONSE, model=User)


def test_the_scim_family_serves_users_groups_searches_and_discovery():
    from pulumi_langsmith.emulator import create_app

    app = create_app()
    try:
        scim_routes = {(m, p) for m, p in served_routes(app) if p.startswith("/scim/v2")}
    finally:
        app.state.store.close()
    expected = set()
    for kind in ("Users", "Groups"):
        expected |= {("GET", f"/scim/v2/{kind}"), ("POST", f"/scim/v2/{kind}"), ("POST", f"/scim/v2/{kind}/.search")}
        expected |= {(m, f"/scim/v2/{kind}/{{{kind[:-1].lower()}_id}}") for m in ("GET", "PUT", "PATCH", "DELETE")}
    expected |= {("GET", "/scim/v2/ServiceProviderConfig"), ("GET", "/scim/v2/ResourceTypes")}
    expected |= {("GET", "/scim/v2/ResourceTypes/{name}"), ("GET", "/scim/v2/Schemas")}
    expected |= {("GET", "/scim/v2/Schemas/{schema_id}")}
    # the fallback answering unknown paths (404) and methods (405) with SCIM errors
    expected |= {(m, "/scim/v2/{path}") for m in ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS")}
    assert scim_routes == expected


def test_user_lifecycle_conforms(scim):
    user = new_user(scim, "alice", name={"givenName": "Alice", "familyName": "Liddell"}, externalId="okta-1")
    assert user.id and user.meta.resource_type == "User" and user.meta.location.endswith(f"/Users/{user.id}")
    assert user.active is True
    fetched = scim.call("GET", f"/Users/{user.id}", 200, context=Context.RESOURCE_QUERY_RESPONSE, model=User)
    assert fetched.user_name == "alice" and fetched.external_id == "okta-1"
    replaced = scim.call(
        "PUT", f"/Users/{user.id}", 200, context=Context.RESOURCE_REPLACEMENT_RESPONSE, model=User,
        json={"schemas": [USER_SCHEMA], "userName": "alice", "emails": [{"value": "alice@corp.example.com", "type": "work"}]},
    )  # fmt: skip
    assert replaced.emails[0].value == "alice@corp.example.com" and replaced.external_id is None
    assert replaced.meta.created == user.meta.created
    patched = scim.call(
        "PATCH", f"/Users/{user.id}", 200, context=Context.RESOURCE_PATCH_RESPONSE, model=User,
        json={"schemas": [PATCH_OP], "Operations": [{"op": "replace", "path": "active", "value": False}]},
    )  # fmt: skip
    assert patched.active is False
    scim.call("DELETE", f"/Users/{user.id}", 204)
    scim.call("GET", f"/Users/{user.id}", 404)


def test_list_filters_with_eq_and_pages_with_start_index_and_count(scim):
    for n in range(5):
        new_user(scim, f"user{n}", externalId=f"ext-{n}")
    page = scim.call(
        "GET",
        "/Users",
        200,
        params={"startIndex": 2, "count": 2},
        context=Context.SEARCH_RESPONSE,
        model=ListResponse[User],
    )
    assert (page.total_results, page.start_index, page.items_per_page) == (5, 2, 2)
    assert [u.user_name for u in page.resources] == ["user1", "user2"]
    found = scim.call(
        "GET",
        "/Users",
        200,
        params={"filter": 'userName eq "USER3"'},
        context=Context.SEARCH_RESPONSE,
        model=ListResponse[User],
    )
    assert [u.user_name for u in found.resources] == ["user3"]  # userName is case-insensitive
    by_external = scim.call(
        "GET",
        "/Users",
        200,
        params={"filter": 'externalId eq "ext-4"'},
        context=Context.SEARCH_RESPONSE,
        model=ListResponse[User],
    )
    assert [u.user_name for u in by_external.resources] == ["user4"]
    none = scim.call(
        "GET",
        "/Users",
        200,
        params={"filter": 'userName eq "nobody"'},
        context=Context.SEARCH_RESPONSE,
        model=ListResponse[User],
    )
    assert none.total_results == 0 and not none.resources
    empty_page = scim.call(
        "GET", "/Users", 200, params={"count": 0}, context=Context.SEARCH_RESPONSE, model=ListResponse[User]
    )
    assert empty_page.total_results == 5 and not empty_page.resources


@pytest.mark.parametrize(
    ("params", "scim_type"),
    [
        ({"filter": "userName eq"}, "invalidFilter"),  # a comparison without its value
        ({"filter": 'userName xx "user"'}, "invalidFilter"),  # no such operator
        ({"filter": 'nosuchAttribute eq "x"'}, "invalidFilter"),  # not a User attribute
        ({"filter": "active gt true"}, "invalidFilter"),  # booleans have no order (RFC 7644 §3.4.2.2)
        ({"sortBy": "nosuchAttribute"}, "invalidPath"),
        ({"attributes": 'emails[type eq "work"]'}, "invalidPath"),  # not attribute notation (RFC 7644 §3.10)
        ({"attributes": "userName", "excludedAttributes": "emails"}, "invalidValue"),  # mutually exclusive
        ({"startIndex": "first"}, "invalidValue"),
    ],
)
def test_broken_query_parameters_are_scim_400s(scim, params, scim_type):
    error = scim.call("GET", "/Users", 400, params=params)
    assert error.scim_type == scim_type


def test_errors_have_the_scim_shape(scim, langsmith_emulator):
    alice = new_user(scim, "alice")
    assert (
        scim.call(
            "POST",
            "/Users",
            409,
            json={"schemas": [USER_SCHEMA], "userName": "ALICE", "emails": [{"value": "x@example.com"}]},
        ).scim_type
        == "uniqueness"
    )
    same_email = {
        "schemas": [USER_SCHEMA],
        "userName": "alice2",
        "emails": [{"value": "Alice@example.com", "type": "work"}],
    }
    assert scim.call("POST", "/Users", 409, json=same_email).scim_type == "uniqueness"
    assert scim.call("POST", "/Users", 400, json={"schemas": [USER_SCHEMA], "userName": "noemail"}).detail
    assert scim.call("POST", "/Users", 400, json={"schemas": [USER_SCHEMA], "emails": [{"value": "x@example.com"}]})
    assert scim.call(
        "PATCH", f"/Users/{alice.id}", 400, json={"schemas": [PATCH_OP], "Operations": [{"op": "explode"}]}
    )
    assert scim.call("GET", "/Groups/unknown", 404).detail
    with httpx.Client(base_url=f"{langsmith_emulator.base_url}/scim/v2") as anonymous:
        assert ScimClient(anonymous).call("GET", "/Users", 401).detail
        bad = ScimClient(anonymous)
        assert bad.call("GET", "/Users", 401, headers={"Authorization": "Bearer not-a-token"})
        assert bad.call("GET", "/Users", 401, headers={"X-Api-Key": langsmith_emulator.api_key})


def test_group_lifecycle_and_member_patch_operations(scim):
    alice, bob, carol = (new_user(scim, name) for name in ("alice", "bob", "carol"))
    group = scim.call(
        "POST", "/Groups", 201, context=Context.RESOURCE_CREATION_RESPONSE, model=Group,
        json={"schemas": [GROUP_SCHEMA], "displayName": "Organization Admins", "externalId": "g-1", "members": [{"value": alice.id}]},
    )  # fmt: skip
    assert [m.value for m in group.members] == [alice.id] and group.meta.resource_type == "Group"
    patched = scim.call(
        "PATCH", f"/Groups/{group.id}", 200, context=Context.RESOURCE_PATCH_RESPONSE, model=Group,
        json={"schemas": [PATCH_OP], "Operations": [
            {"op": "add", "path": "members", "value": [{"value": bob.id}, {"value": carol.id}]},
            {"op": "remove", "path": f'members[value eq "{alice.id}"]'},
        ]},
    )  # fmt: skip
    assert sorted(m.value for m in patched.members) == sorted([bob.id, carol.id])
    found = scim.call(
        "GET",
        "/Groups",
        200,
        params={"filter": 'displayName eq "Organization Admins"'},
        context=Context.SEARCH_RESPONSE,
        model=ListResponse[Group],
    )
    assert [g.id for g in found.resources] == [group.id]
    scim.call("DELETE", f"/Users/{bob.id}", 204)
    after = scim.call("GET", f"/Groups/{group.id}", 200, context=Context.RESOURCE_QUERY_RESPONSE, model=Group)
    assert [m.value for m in after.members] == [carol.id]  # a deleted user leaves its groups
    scim.call("DELETE", f"/Groups/{group.id}", 204)
    scim.call("GET", f"/Groups/{group.id}", 404)


def test_groups_cannot_be_renamed_and_names_are_unique(scim):
    group = scim.call("POST", "/Groups", 201, json={"schemas": [GROUP_SCHEMA], "displayName": "Organization Admins"},
                      context=Context.RESOURCE_CREATION_RESPONSE, model=Group)  # fmt: skip
    rename = {
        "schemas": [PATCH_OP],
        "Operations": [{"op": "replace", "path": "displayName", "value": "Organization Admin"}],
    }
    assert scim.call("PATCH", f"/Groups/{group.id}", 400, json=rename).scim_type == "mutability"
    assert (
        scim.call("PUT", f"/Groups/{group.id}", 400, json={"schemas": [GROUP_SCHEMA], "displayName": "Other"}).scim_type
        == "mutability"
    )
    assert (
        scim.call(
            "POST", "/Groups", 409, json={"schemas": [GROUP_SCHEMA], "displayName": "Organization Admins"}
        ).scim_type
        == "uniqueness"
    )
    assert scim.call(
        "POST", "/Groups", 400, json={"schemas": [GROUP_SCHEMA], "displayName": "x", "members": [{"value": "nobody"}]}
    )


def test_scim_resources_of_another_organisation_are_invisible(scim, langsmith_emulator):
    user = new_user(scim, "alice")
    other = langsmith_emulator.server.create_organization("SCIM elsewhere")
    token = create_scim_token(langsmith_emulator.base_url, other.api_key)
    with httpx.Client(
        base_url=f"{langsmith_emulator.base_url}/scim/v2", headers={"Authorization": f"Bearer {token}"}
    ) as http:
        elsewhere = ScimClient(http)
        elsewhere.call("GET", f"/Users/{user.id}", 404)
        listed = elsewhere.call("GET", "/Users", 200, context=Context.SEARCH_RESPONSE, model=ListResponse[User])
        assert listed.total_results == 0
