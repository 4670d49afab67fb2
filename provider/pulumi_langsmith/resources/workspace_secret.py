"""`WorkspaceSecret`: one key of a workspace's secrets (`/api/v1/workspaces/current/secrets`).

The API is an upsert list: `POST [{key, value}]` sets a value, `value: null` deletes the key, and `GET`
lists keys only. So the value is never read back: refresh detects a key deleted out of band, and keeps
the value from state (a secret); a value changed out of band cannot be seen by any client.
"""

from __future__ import annotations

from typing import Any, ClassVar

import pulumi
from pulumi import dynamic
from pydantic import Field, SecretStr

from ..engine import (
    ENGINE_FIELDS,
    InputsModel,
    LangSmithResource,
    ResourceSpec,
    Scoped,
    SpecProvider,
    WorkspaceScopedInputs,
)
from ..errors import AlreadyExistsError


class WorkspaceSecretInputs(WorkspaceScopedInputs):
    key: str = Field(
        min_length=1,
        max_length=255,
        pattern=r"^\S(.*\S)?$",
        description="Secret name (e.g. `OPENAI_API_KEY`), unique in its workspace. Changing it replaces the secret.",
    )
    value: str = Field(min_length=1, description="Secret value; secret in state, never read back from the API.")


class WorkspaceSecretSpec(ResourceSpec):
    kind = "WorkspaceSecret"
    description = "A secret of a workspace, used by the playground, online evaluators and deployments."
    inputs = WorkspaceSecretInputs
    collection_path = "/api/v1/workspaces/current/secrets"
    item_path = "/api/v1/workspaces/current/secrets"
    natural_key = ("key",)
    replace_on_change = frozenset({"key", "workspace_id"})
    secret_fields = frozenset({"value"})
    delete_before_replace = False  # a new key (or workspace) never collides with the old one

    def find_existing(self, api: Scoped, inputs: InputsModel) -> dict[str, Any] | None:
        wanted = inputs.model_dump()["key"]
        return next((item for item in api.get(self.collection_path) or [] if item.get("key") == wanted), None)

    def upsert(self, api: Scoped, key: str, value: SecretStr | None) -> None:
        """Set (or, with None, delete) one key; an upsert, so retrying it is safe."""
        body = [{"key": key, "value": value.get_secret_value() if value is not None else None}]
        api.post(self.collection_path, body, idempotent=True)


class WorkspaceSecretProvider(SpecProvider):
    """Create, update and delete are upserts of one key; read finds the key in the list."""

    spec: ClassVar[WorkspaceSecretSpec] = WorkspaceSecretSpec()  # type: ignore[assignment]

    def _api(self, props: dict[str, Any]) -> Scoped:
        return self.spec.scoped(self.client(), props)

    def create(self, props: dict[str, Any]) -> dynamic.CreateResult:
        inputs = self._model(self._strip(props))
        api = self._api(inputs.model_dump())
        key = inputs.model_dump()["key"]
        if self.spec.find_existing(api, inputs) is not None and not inputs.model_dump()["adopt_existing"]:
            raise AlreadyExistsError(
                f"WorkspaceSecret {key!r} already exists in workspace {api.tenant_id or '(default)'}; set "
                "adopt_existing=True to manage it (its value is then overwritten), or choose another key."
            )
        self.spec.upsert(api, key, SecretStr(inputs.model_dump()["value"]))
        return dynamic.CreateResult(key, self._outputs(inputs, {}))

    def read(self, id_: str, props: dict[str, Any]) -> dynamic.ReadResult:
        current = self._strip(props)
        api = self._api(current)
        key = current.get("key") or id_
        if self.spec.find_existing(api, self.spec.inputs.model_construct(key=key)) is None:
            return dynamic.ReadResult(None, {})
        inputs = {k: current[k] for k in ENGINE_FIELDS | {"value"} if current.get(k) is not None}
        inputs["key"] = key
        model = self._model(inputs) if inputs.get("value") else None
        outs = self._outputs(model, {}) if model is not None else inputs
        return dynamic.ReadResult(id_, outs, {k: v for k, v in inputs.items() if v is not None})

    def update(self, id_: str, olds: dict[str, Any], news: dict[str, Any]) -> dynamic.UpdateResult:
        new = self._model(self._strip(news))
        api = self._api(self._strip(olds))
        if "value" in self._changed_fields(self._strip(olds), new.model_dump(mode="json")):
            self.spec.upsert(api, id_, SecretStr(new.model_dump()["value"]))
        return dynamic.UpdateResult(self._outputs(new, {}))

    def delete(self, id_: str, props: dict[str, Any]) -> None:
        self.spec.upsert(self._api(self._strip(props)), self._strip(props).get("key") or id_, None)


class WorkspaceSecret(LangSmithResource, module="langsmith", name="WorkspaceSecret"):
    """A workspace secret. Type token `pulumi-python:dynamic/langsmith:WorkspaceSecret`."""

    _provider_class = WorkspaceSecretProvider

    key: pulumi.Output[str]
    """Secret name, unique in its workspace."""
    value: pulumi.Output[str]
    """Secret value (secret)."""
    workspace_id: pulumi.Output[str | None]
    adopt_existing: pulumi.Output[bool]

    def __init__(
        self,
        resource_name: str,
        *,
        key: pulumi.Input[str],
        value: pulumi.Input[str],
        workspace_id: pulumi.Input[str] | None = None,
        adopt_existing: pulumi.Input[bool] | None = None,
        opts: pulumi.ResourceOptions | None = None,
    ) -> None:
        super().__init__(
            resource_name,
            {
                "key": key,
                "value": value,
                "workspace_id": workspace_id,
                "adopt_existing": adopt_existing,
            },
            opts,
        )


LEGACY_KIND = True  # not yet declared on the kind framework
