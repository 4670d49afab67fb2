"""The emulator's `/scim/v2` held to the rest of RFC 7643/7644 ("SCIM 2.0 compliant", LangChain's API overview):
discovery endpoints, attribute selection, `/.search`, SCIM errors everywhere, the filter operators identity
providers send, and `meta` (with ETags, as the ServiceProviderConfig declares them)."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from scim2_models import (
    Context,
    Group,
    ListResponse,
    ResourceType,
    Schema,
    SearchRequest,
    ServiceProviderConfig,
    User,
)
from test_emulator_scim_rfc7644 import GROUP_SCHEMA, PATCH_OP, SCIM, ScimClient, create_scim_token, new_user

ERROR_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:Error"
SEARCH_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:SearchRequest"
USER_URN = "urn:ietf:params:scim:schemas:core:2.0:User"
GROUP_URN = "urn:ietf:params:scim:schemas:core:2.0:Group"
QUERY = Context.RESOURCE_QUERY_RESPONSE
SEARCH = Context.SEARCH_RESPONSE


@pytest.fixture
def scim(langsmith_emulator) -> Iterator[ScimClient]:
    token = create_scim_token(langsmith_emulator.base_url, langsmith_emulator.api_key)
    with httpx.Client(
        base_url=f"{langsmith_emulator.base_url}/scim/v2", headers={"Authorization": f"Bearer {token}"}
    ) as http:
        yield ScimClient(http)


def users_found(scim: ScimClient, expression: str) -> list[str]:
    found = scim.call("GET", "/Users", 200, params={"filter": expression}, context=SEARCH, model=ListResponse[User])
    return sorted(str(u.user_name) for u in found.resources or [])


# ---------------------------------------------------------------- discovery (RFC 7644 §4, RFC 7643 §5-7)


def test_service_provider_config_declares_what_the_emulator_supports(scim):
    config = scim.call("GET", "/ServiceProviderConfig", 200, context=QUERY, model=ServiceProviderConfig)
    assert config.patch.supported and config.filter.supported and config.sort.supported and config.etag.supported
    assert not config.bulk.supported and not config.change_password.supported
    assert config.filter.max_results == config.pagination.max_page_size == 1000
    assert config.pagination.index and not config.pagination.cursor
    assert [s.type for s in config.authentication_schemes] == ["oauthbearertoken"]
    assert config.meta.resource_type == "ServiceProviderConfig"
    assert config.meta.location.endswith("/scim/v2/ServiceProviderConfig")
    # what it declares unsupported is not served; what it declares supported is
    scim.call("POST", "/Bulk", 404, json={"schemas": ["urn:ietf:params:scim:api:messages:2.0:BulkRequest"]})
    assert scim.call("GET", "/Users", 400, params={"cursor": ""}).scim_type == "invalidValue"
    search = {"schemas": [SEARCH_SCHEMA], "filter": 'userName eq "x"'}
    scim.call("POST", "/Users/.search", 200, json=search, context=SEARCH, model=ListResponse[User])


def test_resource_types_are_user_and_group_and_their_endpoints_are_served(scim):
    listed = scim.call("GET", "/ResourceTypes", 200, context=SEARCH, model=ListResponse[ResourceType])
    assert listed.total_results == 2
    by_name = {rt.name: rt for rt in listed.resources}
    assert {name: (rt.endpoint, rt.schema_) for name, rt in by_name.items()} == {
        "User": ("/Users", USER_URN),
        "Group": ("/Groups", GROUP_URN),
    }
    for name, described in by_name.items():
        assert not described.schema_extensions
        assert described.meta.resource_type == "ResourceType"
        assert described.meta.location.endswith(f"/scim/v2/ResourceTypes/{name}")
        one = scim.call("GET", f"/ResourceTypes/{name}", 200, context=QUERY, model=ResourceType)
        assert one.id == name and one.endpoint == described.endpoint
        model = User if name == "User" else Group
        scim.call("GET", str(described.endpoint), 200, context=SEARCH, model=ListResponse[model])  # type: ignore[valid-type]
    assert scim.call("GET", "/ResourceTypes/Device", 404).detail


def test_schemas_describe_user_and_group_with_langsmiths_rules(scim):
    listed = scim.call("GET", "/Schemas", 200, context=SEARCH, model=ListResponse[Schema])
    assert sorted(s.id for s in listed.resources) == [GROUP_URN, USER_URN]
    user = scim.call("GET", f"/Schemas/{USER_URN}", 200, context=QUERY, model=Schema)
    assert user.meta.resource_type == "Schema" and user.meta.location.endswith(f"/scim/v2/Schemas/{USER_URN}")
    assert user["userName"].required and user["emails"].required  # LangSmith needs a work email
    assert user["password"].returned == "never"
    group = scim.call("GET", f"/Schemas/{GROUP_URN}", 200, context=QUERY, model=Schema)
    assert group["displayName"].mutability == "immutable"  # LangSmith's groups cannot be renamed
    assert {a.name for a in group["members"].sub_attributes} >= {"value", "display", "type"}
    assert scim.call("GET", "/Schemas/urn:ietf:params:scim:schemas:extension:enterprise:2.0:User", 404).detail


@pytest.mark.parametrize("path", ["/ServiceProviderConfig", "/ResourceTypes", "/ResourceTypes/User", "/Schemas"])
@pytest.mark.parametrize("method", ["POST", "PUT", "PATCH", "DELETE"])
def test_discovery_endpoints_answer_other_methods_with_a_scim_405(scim, path, method):
    response = scim.http.request(method, path, json={"schemas": [PATCH_OP]}, headers={"Content-Type": SCIM})
    assert response.status_code == 405 and response.headers["content-type"].startswith(SCIM)
    assert response.headers["allow"] == "GET"
    assert response.json()["schemas"] == [ERROR_SCHEMA] and response.json()["status"] == "405"


@pytest.mark.parametrize("path", ["/ServiceProviderConfig", "/ResourceTypes", "/Schemas"])
def test_discovery_endpoints_refuse_filters_and_need_the_scim_token(scim, langsmith_emulator, path):
    assert scim.call("GET", path, 403, params={"filter": 'name eq "User"'}).detail
    with httpx.Client(base_url=f"{langsmith_emulator.base_url}/scim/v2") as anonymous:
        assert ScimClient(anonymous).call("GET", path, 401).detail


# ---------------------------------------------------------------- attributes / excludedAttributes (RFC 7644 §3.9)


def test_attributes_and_excluded_attributes_select_what_a_get_returns(scim):
    alice = new_user(scim, "alice", name={"givenName": "Alice"}, externalId="okta-1")
    only = scim.http.get(f"/Users/{alice.id}", params={"attributes": "userName,name.givenName"}).json()
    assert only == {"schemas": [USER_URN], "id": alice.id, "userName": "alice", "name": {"givenName": "Alice"}}
    without = scim.http.get(f"/Users/{alice.id}", params={"excludedAttributes": "emails,meta"}).json()
    assert "emails" not in without and "meta" not in without
    assert without["userName"] == "alice" and without["id"] == alice.id  # `id` is always returned
    created = scim.http.post(
        "/Groups",
        params={"attributes": "displayName"},
        json={"schemas": [GROUP_SCHEMA], "displayName": "Readers", "members": [{"value": alice.id}]},
        headers={"Content-Type": SCIM},
    )
    assert created.status_code == 201 and created.json() == {
        "schemas": [GROUP_URN],
        "id": created.json()["id"],
        "displayName": "Readers",
    }


def test_attributes_and_excluded_attributes_select_what_a_list_returns(scim):
    alice = new_user(scim, "alice")
    scim.http.post("/Groups", json={"schemas": [GROUP_SCHEMA], "displayName": "Readers",
                                    "members": [{"value": alice.id}]}, headers={"Content-Type": SCIM})  # fmt: skip
    users = scim.http.get("/Users", params={"attributes": "userName"}).json()
    assert users["Resources"] == [{"schemas": [USER_URN], "id": alice.id, "userName": "alice"}]
    groups = scim.http.get("/Groups", params={"excludedAttributes": "members"}).json()
    assert [sorted(g) for g in groups["Resources"]] == [["displayName", "id", "meta", "schemas"]]


# ---------------------------------------------------------------- POST /.search (RFC 7644 §3.4.3)


def test_search_posts_filter_sort_page_and_select_users_and_groups(scim):
    for name in ("carol", "alice", "bob", "dave"):
        new_user(scim, name)
    body = {
        "schemas": [SEARCH_SCHEMA],
        "filter": 'userName ne "dave"',
        "sortBy": "userName",
        "sortOrder": "descending",
        "startIndex": 2,
        "count": 5,
        "attributes": ["userName"],
    }
    found = scim.call("POST", "/Users/.search", 200, json=body, context=SEARCH, model=ListResponse[User])
    assert (found.total_results, found.start_index, found.items_per_page) == (3, 2, 2)
    assert [u.user_name for u in found.resources] == ["bob", "alice"]
    assert all(u.emails is None for u in found.resources)
    scim.call("POST", "/Groups", 201, json={"schemas": [GROUP_SCHEMA], "displayName": "Engineering"},
              context=Context.RESOURCE_CREATION_RESPONSE, model=Group)  # fmt: skip
    groups = scim.call("POST", "/Groups/.search", 200, json={"schemas": [SEARCH_SCHEMA], "filter": 'displayName sw "eng"'},
                       context=SEARCH, model=ListResponse[Group])  # fmt: skip
    assert [g.display_name for g in groups.resources] == ["Engineering"]
    assert scim.call("POST", "/Users/.search", 400, json={"schemas": [SEARCH_SCHEMA], "filter": "userName eq"}).scim_type == (
        "invalidFilter"
    )  # fmt: skip
    not_a_search = {"schemas": [PATCH_OP], "filter": 'userName eq "bob"'}
    assert scim.call("POST", "/Users/.search", 400, json=not_a_search).detail
    assert SearchRequest[User].model_validate(body).filter is not None  # the body is a valid SearchRequest


# ---------------------------------------------------------------- SCIM errors everywhere (RFC 7644 §3.12)


@pytest.mark.parametrize(
    ("method", "path"),
    [("GET", "/Nope"), ("GET", "/Me"), ("POST", "/Bulk"), ("GET", "/Users/a/b"), ("DELETE", "/Groups/x/members"),
     ("GET", "/")],
)  # fmt: skip
def test_unknown_paths_under_scim_v2_are_scim_404s(scim, method, path):
    assert scim.call(method, path, 404).detail


@pytest.mark.parametrize(
    ("method", "path", "allowed"),
    [("DELETE", "/Users", "GET, POST"), ("PUT", "/Groups", "GET, POST"), ("POST", "/Users/some-id", "DELETE, GET, PATCH, PUT"),
     ("PATCH", "/Groups", "GET, POST")],
)  # fmt: skip
def test_methods_a_resource_endpoint_does_not_take_are_scim_405s(scim, method, path, allowed):
    response = scim.http.request(method, path)
    assert response.status_code == 405 and response.headers["allow"] == allowed, response.text
    assert response.headers["content-type"].startswith(SCIM) and response.json()["schemas"] == [ERROR_SCHEMA]


# ---------------------------------------------------------------- filter operators (RFC 7644 §3.4.2.2)


def test_the_filter_operators_identity_providers_send(scim):
    new_user(scim, "alice@corp.example", externalId="okta-a", emails=[{"value": "alice@corp.example", "type": "work"}])
    new_user(scim, "bob@corp.example", emails=[{"value": "bob@corp.example", "type": "work"}])
    new_user(scim, "carol@other.example", externalId="okta-c", active=False,
             emails=[{"value": "carol@other.example", "type": "work"}])  # fmt: skip
    assert users_found(scim, 'userName eq "ALICE@corp.example"') == ["alice@corp.example"]
    assert users_found(scim, 'userName co "corp"') == ["alice@corp.example", "bob@corp.example"]
    assert users_found(scim, 'userName sw "b"') == ["bob@corp.example"]
    assert users_found(scim, "externalId pr") == ["alice@corp.example", "carol@other.example"]
    assert users_found(scim, 'externalId pr and userName ew "corp.example"') == ["alice@corp.example"]
    assert users_found(scim, 'emails[type eq "work" and value co "other"]') == ["carol@other.example"]
    assert users_found(scim, 'emails.value sw "bob" or active eq false') == ["bob@corp.example", "carol@other.example"]
    assert users_found(scim, 'not (userName co "corp")') == ["carol@other.example"]


# ---------------------------------------------------------------- meta and ETags (RFC 7643 §3.1, RFC 7644 §3.14)


def test_meta_carries_resource_type_location_dates_and_a_version_matching_the_etag(scim):
    response = scim.http.post(
        "/Users",
        json={"schemas": [USER_URN], "userName": "alice", "emails": [{"value": "alice@example.com", "type": "work"}]},
        headers={"Content-Type": SCIM},
    )
    assert response.status_code == 201
    user = User.model_validate(response.json(), scim_ctx=Context.RESOURCE_CREATION_RESPONSE)
    meta = user.meta
    assert meta.resource_type == "User" and meta.created == meta.last_modified
    assert response.headers["location"] == meta.location and meta.location.endswith(f"/scim/v2/Users/{user.id}")
    assert meta.version.startswith('W/"') and response.headers["etag"] == meta.version
    assert scim.http.get(meta.location).json()["id"] == user.id  # the location is where the user is
    fetched = scim.http.get(f"/Users/{user.id}")
    assert fetched.headers["etag"] == meta.version == fetched.json()["meta"]["version"]
    listed = scim.call("GET", "/Users", 200, context=SEARCH, model=ListResponse[User])
    assert listed.resources[0].meta.version == meta.version
    patched = scim.call("PATCH", f"/Users/{user.id}", 200, context=Context.RESOURCE_PATCH_RESPONSE, model=User,
                        json={"schemas": [PATCH_OP], "Operations": [{"op": "replace", "path": "active", "value": False}]})  # fmt: skip
    assert patched.meta.created == meta.created and patched.meta.last_modified > meta.last_modified
    assert patched.meta.version != meta.version


def test_etags_make_conditional_requests(scim):
    user = new_user(scim, "alice")
    current = scim.http.get(f"/Users/{user.id}").headers["etag"]
    not_modified = scim.http.get(f"/Users/{user.id}", headers={"If-None-Match": current})
    assert not_modified.status_code == 304 and not_modified.headers["etag"] == current
    assert scim.http.get(f"/Users/{user.id}", headers={"If-None-Match": 'W/"old"'}).status_code == 200
    deactivate = {"schemas": [PATCH_OP], "Operations": [{"op": "replace", "path": "active", "value": False}]}
    stale = {"If-Match": 'W/"old"'}
    assert scim.call("PATCH", f"/Users/{user.id}", 412, json=deactivate, headers=stale).detail
    assert scim.call("DELETE", f"/Users/{user.id}", 412, headers=stale).detail
    still = scim.call("GET", f"/Users/{user.id}", 200, context=QUERY, model=User)
    assert still.active is True  # the refused PATCH changed nothing
    scim.call("PATCH", f"/Users/{user.id}", 200, json=deactivate, headers={"If-Match": current},
              context=Context.RESOURCE_PATCH_RESPONSE, model=User)  # fmt: skip
    assert scim.call("DELETE", f"/Users/{user.id}", 412, headers={"If-Match": current}).detail  # now stale
    scim.call("DELETE", f"/Users/{user.id}", 204, headers={"If-Match": "*"})
