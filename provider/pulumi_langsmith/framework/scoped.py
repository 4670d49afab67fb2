"""A client bound to one object's tenant headers, and the value helpers every layer shares."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import pulumi
from pulumi.output import Unknown
from pulumi.runtime import rpc

from ..client import Api, LangSmithClient
from ..errors import ForbiddenError, NotFoundError, ServerError, TransportError


@dataclass
class Scoped:
    """A client bound to the workspace/organization headers of one resource."""

    client: LangSmithClient
    tenant_id: str | None = None
    organization_id: str | None = None
    owner: str = ""
    """On update, the Pulumi resource's owner identity (`OWNER_KEY`), for shapes that mark their objects."""
    hidden: dict[str, Any] = field(default_factory=dict)
    """On create and update, the resource's hidden inputs (`ApiShape.hidden_inputs`, e.g. an owner marker)."""
    base_url: str | None = None
    """For an Agent Server kind: the deployment's Agent Server URL (its requests go to `Api.AGENT_SERVER`)."""

    def request(self, method: str, path: str, **kwargs: Any) -> Any:
        if self.base_url is not None:
            kwargs.setdefault("api", Api.AGENT_SERVER)
            kwargs.setdefault("base_url", self.base_url)
        kwargs.setdefault("tenant_id", self.tenant_id)
        kwargs.setdefault("organization_id", self.organization_id)
        return self.client.request(method, path, **kwargs)

    def get(self, path: str, **kwargs: Any) -> Any:
        return self.request("GET", path, **kwargs)

    def post(self, path: str, json: Any = None, **kwargs: Any) -> Any:
        return self.request("POST", path, json=json, **kwargs)

    def patch(self, path: str, json: Any = None, **kwargs: Any) -> Any:
        return self.request("PATCH", path, json=json, **kwargs)

    def put(self, path: str, json: Any = None, **kwargs: Any) -> Any:
        return self.request("PUT", path, json=json, **kwargs)

    def delete(self, path: str, **kwargs: Any) -> Any:
        return self.request("DELETE", path, **kwargs)

    def paginate(self, path: str, **kwargs: Any) -> Iterable[Any]:
        kwargs.setdefault("tenant_id", self.tenant_id)
        kwargs.setdefault("organization_id", self.organization_id)
        return self.client.paginate(path, **kwargs)


def canonical(value: Any) -> Any:
    """A comparable form: integral floats become ints (protobuf sends every number as a float), dict keys sorted."""
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, Mapping):
        return {str(k): canonical(v) for k, v in sorted(value.items(), key=lambda kv: str(kv[0]))}
    if isinstance(value, (list, tuple)):
        return [canonical(v) for v in value]
    return value


def contains_unknown(value: Any) -> bool:
    """Whether a preview value is (or holds) an unknown output."""
    if isinstance(value, (Unknown, pulumi.Output)):
        return True
    if isinstance(value, str):
        return value == rpc.UNKNOWN
    if isinstance(value, Mapping):
        return any(contains_unknown(v) for v in value.values())
    if isinstance(value, (list, tuple)):
        return any(contains_unknown(v) for v in value)
    return False


def workspace_is_gone(api: Scoped) -> bool:
    """Whether the workspace named in the request's `X-Tenant-Id` was deleted (the API then answers 403)."""
    if not api.tenant_id:
        return False
    org_scoped = Scoped(api.client, organization_id=api.client.settings.organization_id)
    try:
        workspace = org_scoped.get(f"/api/v1/workspaces/{api.tenant_id}", params={"include_deleted": "true"})
    except NotFoundError:
        return True
    except ForbiddenError:
        return False
    return bool((workspace or {}).get("is_deleted"))


def post_revoking_orphans(
    api: Scoped,
    list_path: str,
    post: Callable[[], dict[str, Any]],
    is_ours: Callable[[Mapping[str, Any]], bool],
    delete: Callable[[str], None],
) -> dict[str, Any]:
    """POST a create that cannot be made idempotent (no client id, no unique name, a value shown only once).

    `is_ours` recognises what this create (and only this create, of this resource) makes: an owner marker
    that no managed object carries (see `ShownOnce`), never a description another actor may share. So
    before the POST, every listed object that is ours is an orphan of an earlier attempt whose response was
    lost and whose clean-up never ran (the CLI was killed, the clean-up failed): it is deleted. After an
    ambiguous failure (connection lost, 5xx), what the POST may have made is deleted the same way and the
    POST is sent once more; if that fails too, its object is deleted as well before the error is raised: no
    orphan, no duplicate. Requests on the common path: the list and the POST.
    """

    def revoke_ours() -> None:
        for obj in api.get(list_path) or []:
            if is_ours(obj):
                delete(str(obj["id"]))

    revoke_ours()
    try:
        return post()
    except (TransportError, ServerError):
        revoke_ours()
    try:
        return post()
    except (TransportError, ServerError):
        revoke_ours()
        raise
