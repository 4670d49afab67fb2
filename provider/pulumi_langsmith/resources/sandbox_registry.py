"""`SandboxRegistry`: a private container-image registry sandboxes pull from (`/v2/sandboxes/registries` on the
LangSmith host, self-hosted `/api/v2/sandboxes/registries`; not the control plane's `/v2`).

Addressed by its name, unique in the workspace; a rename is a PATCH of the registry under its old name. The
credentials are secrets the API never answers (write-only), and all or nothing: both are required, and a
PATCH that changes either sends both.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..framework import Conformance, Kind, OutputsModel, RestCollection, WorkspaceScopedInputs, field
from ..framework.scoped import Scoped

REGISTRIES_PATH = "/v2/sandboxes/registries"
CREDENTIALS = ("username", "password")


class SandboxRegistryInputs(WorkspaceScopedInputs):
    name: str = field(
        key=True,
        min_length=1,
        max_length=255,
        pattern=r"^[^/\s]+$",
        description="Registry name, unique in the workspace (its address in the API); a rename is in place.",
    )
    url: str = field(min_length=1, max_length=2048, description="Registry URL, e.g. `https://index.docker.io/v1/`.")
    username: str | None = field(
        None,
        secret=True,
        write_only=True,
        min_length=1,
        max_length=1024,
        description="Registry username (secret; never answered by the API). Set with `password`.",
    )
    password: str | None = field(
        None,
        secret=True,
        write_only=True,
        min_length=1,
        max_length=8192,
        description="Registry password or token (secret; never answered by the API). Set with `username`.",
    )


class SandboxRegistryOutputs(OutputsModel):
    created_at: str | None = field(None, description="Creation time.")
    updated_at: str | None = field(None, description="Last update time.")
    created_by: str | None = field(None, description="Who created the registry.")
    updated_by: str | None = field(None, description="Who last updated the registry.")


def credentials_rule(inputs: SandboxRegistryInputs) -> list[tuple[str, str]]:
    """Credentials are all or nothing, and the API requires them: both set, never one alone."""
    unset = [name for name in CREDENTIALS if getattr(inputs, name) is None]
    if len(unset) == 1:
        other = next(n for n in CREDENTIALS if n not in unset)
        return [(unset[0], f"registry credentials are all or nothing: {other} is set, so {unset[0]} must be too")]
    if unset:
        return [(name, "a registry needs credentials: set username and password") for name in unset]
    return []


class SandboxRegistries(RestCollection):
    """Requests: create 1 (POST; a 409 or a lost response reads `/registries/{name}`), read 1, update 1 (the
    PATCH under the old name answers the registry), delete 1."""

    def update(
        self, api: Scoped, object_id: str, old: Any, new: Any, changed: list[str], state: Mapping[str, Any]
    ) -> dict[str, Any]:
        # A rename PATCHes the registry under the name it has now (the state's), not the new one.
        path = self.path(self.item, {"name": state.get("name") or old.name})
        body = self.update_body(old, new, changed, state)
        if not body:
            return self.read(api, object_id, state) or {}
        return dict(api.patch(path, json=body))

    def update_body(self, old: Any, new: Any, changed: list[str], live: Mapping[str, Any]) -> dict[str, Any]:
        body = super().update_body(old, new, changed, live)
        if set(CREDENTIALS) & set(changed):  # the API changes credentials all or nothing: send both
            body.update(self.to_api(new, list(CREDENTIALS)))
        return body


KIND = Kind(
    name="SandboxRegistry",
    description="A private container-image registry that LangSmith sandboxes pull images from, with its "
    "credentials (secrets).",
    inputs=SandboxRegistryInputs,
    outputs=SandboxRegistryOutputs,
    validate=credentials_rule,
    api=SandboxRegistries(REGISTRIES_PATH, REGISTRIES_PATH + "/{name}", key_item=True, lookup_first=False),
    docs="The registry is addressed by its `name`; renaming it is an update in place. LangSmith never answers "
    "the credentials, so a change made to them out of band cannot be seen; changing either input sends both.",
    conformance=Conformance(
        example={
            "name": "conformance-registry",
            "url": "https://registry.example.com",
            "username": "conformance-bot",
            "password": "conformance-registry-token-1",
        },
        update={"url": "https://mirror.example.com", "password": "conformance-registry-token-2"},
        replace=None,  # a rename is in place; only another workspace replaces
        invalid=(
            ({"password": None}, "password"),
            ({"username": None}, "username"),
            ({"name": ""}, "name"),
            ({"url": ""}, "url"),
        ),
        drift={"url": "https://changed.example.com"},
    ),
)
