"""The generic CRUD engine: each resource kind is a declarative `ResourceSpec`; the mapping to
Pulumi's dynamic-provider protocol (`check`, `diff`, `create`, `read`, `update`, `delete`) is written
once, in `SpecProvider`, and the typed resource classes derive from `LangSmithResource`.
"""

from __future__ import annotations

import json
import threading
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, ClassVar, Literal

import pulumi
import pulumi.dynamic as dynamic
from pulumi.output import Unknown
from pulumi.runtime import rpc
from pydantic import BaseModel, ConfigDict, Field
from pydantic import ValidationError as PydanticValidationError

from .client import LangSmithClient
from .config import ProviderSettings, resolve_settings
from .errors import (
    AlreadyExistsError,
    ConfigurationError,
    ConflictError,
    ForbiddenError,
    NotFoundError,
)

PROVIDER_KEY = "__provider"
IDENTITY_KEY = "__identity"
"""Hidden input naming the resource (project/stack/kind/name): seeds deterministic ids, so a retried create
finds its own object while another stack's resource with the same natural key is told it already exists."""
Scope = Literal["workspace", "organization"]
_ID_NAMESPACE = uuid.UUID("5b0b6f1e-7f57-4c43-9d0e-3f9f6b1c2a10")


class InputsModel(BaseModel):
    """Base of every kind's input model: unknown properties are errors, numbers are coerced (floats from protobuf)."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True, validate_default=True)


class AdoptableInputs(InputsModel):
    """Inputs of a kind with a natural key."""

    adopt_existing: bool = Field(
        default=False,
        description="When an object with the same natural key already exists, adopt it and bring it to these "
        "inputs instead of failing. `pulumi import` cannot import dynamic resources; this is the way in.",
    )


class WorkspaceScopedInputs(AdoptableInputs):
    """Inputs of a workspace-scoped kind."""

    workspace_id: str | None = Field(
        default=None,
        description="Workspace to manage the object in (sent as `X-Tenant-Id`); defaults to the provider's "
        "`langsmith:workspaceId`, else the API key's workspace. Changing it replaces the object.",
        pattern=r"^[0-9a-fA-F-]{36}$",
    )


ENGINE_FIELDS = frozenset({"adopt_existing", "workspace_id"})


@dataclass(frozen=True)
class OutputField:
    """An output the API computes (inputs are outputs too)."""

    name: str
    type: Literal["string", "boolean", "integer", "number", "object", "array"]
    description: str
    secret: bool = False


@dataclass
class Scoped:
    """A client bound to the workspace/organization headers of one resource."""

    client: LangSmithClient
    tenant_id: str | None = None
    organization_id: str | None = None

    def request(self, method: str, path: str, **kwargs: Any) -> Any:
        kwargs.setdefault("tenant_id", self.tenant_id)
        kwargs.setdefault("organization_id", self.organization_id)
        return self.client.request(method, path, **kwargs)

    def get(self, path: str, **kwargs: Any) -> Any:
        return self.request("GET", path, **kwargs)

    def post(self, path: str, json: Any = None, **kwargs: Any) -> Any:
        return self.request("POST", path, json=json, **kwargs)

    def patch(self, path: str, json: Any = None, **kwargs: Any) -> Any:
        return self.request("PATCH", path, json=json, **kwargs)

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


def property_path(loc: Iterable[Any]) -> str:
    """`("source_config", "resource_spec", 0)` → `source_config.resource_spec[0]`."""
    path = ""
    for part in loc:
        if isinstance(part, int):
            path += f"[{part}]"
        else:
            path += ("." if path else "") + str(part)
    return path


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


class ResourceSpec:
    """Declares one resource kind. Override the hooks only where the API differs from the defaults."""

    kind: ClassVar[str]
    description: ClassVar[str]
    inputs: ClassVar[type[InputsModel]]
    scope: ClassVar[Scope] = "workspace"
    collection_path: ClassVar[str]
    item_path: ClassVar[str]
    natural_key: ClassVar[tuple[str, ...]] = ()
    replace_on_change: ClassVar[frozenset[str]] = frozenset()
    secret_fields: ClassVar[frozenset[str]] = frozenset()
    unordered_fields: ClassVar[frozenset[str]] = frozenset()
    server_defaulted: ClassVar[frozenset[str]] = frozenset()
    client_supplied_id: ClassVar[bool] = False
    outputs: ClassVar[tuple[OutputField, ...]] = ()
    delete_before_replace: ClassVar[bool] = True
    list_filter_param: ClassVar[str | None] = "name"
    merge_live_on_update: ClassVar[bool] = False
    """Whether `update` reads the live object first so `merge_live` can keep fields we do not manage."""
    preserved_outputs: ClassVar[frozenset[str]] = frozenset()
    """Outputs only the create response carries (e.g. a key's value): `read` and `update` keep the old value."""

    # -- fields ---------------------------------------------------------------------------------

    @classmethod
    def api_fields(cls) -> list[str]:
        """Input fields sent to the API (engine-only fields excluded)."""
        return [name for name in cls.inputs.model_fields if name not in ENGINE_FIELDS]

    @classmethod
    def managed_fields(cls) -> list[str]:
        """Input fields compared by `diff`."""
        return [name for name in cls.inputs.model_fields if name != "adopt_existing"]

    @classmethod
    def output_names(cls) -> list[str]:
        return [o.name for o in cls.outputs]

    # -- scoping --------------------------------------------------------------------------------

    def scoped(self, client: LangSmithClient, props: Mapping[str, Any], object_id: str | None = None) -> Scoped:
        """The client with this object's workspace or organization headers."""
        settings = client.settings
        if self.scope == "workspace":
            tenant = props.get("workspace_id") or props.get("tenant_id") or settings.workspace_id
            return Scoped(client, tenant_id=tenant)
        return Scoped(client, organization_id=settings.organization_id)

    # -- hooks ----------------------------------------------------------------------------------

    def object_path(self, object_id: str) -> str:
        return self.item_path.format(id=object_id)

    def to_api(self, inputs: InputsModel, fields: Iterable[str] | None = None) -> dict[str, Any]:
        """Request-body fields for the given input fields (default: same names)."""
        wanted = list(fields) if fields is not None else self.api_fields()
        dumped = inputs.model_dump(mode="json")
        return {name: dumped[name] for name in wanted if name in dumped}

    def create_body(self, inputs: InputsModel, object_id: str | None) -> dict[str, Any]:
        body = {k: v for k, v in self.to_api(inputs).items() if v is not None}
        if object_id is not None:
            body["id"] = object_id
        return body

    def update_body(self, old: InputsModel, new: InputsModel, changed: list[str]) -> dict[str, Any]:
        """PATCH body for the changed mutable fields (an explicit null clears a field)."""
        return self.to_api(new, [f for f in changed if f not in ENGINE_FIELDS])

    def merge_live(self, body: dict[str, Any], live: Mapping[str, Any]) -> dict[str, Any]:
        """The PATCH body with unmanaged parts of the live object kept (default: unchanged)."""
        return body

    def from_api(self, obj: Mapping[str, Any]) -> dict[str, Any]:
        """Input values as the server holds them (for refresh)."""
        return {name: obj.get(name) for name in self.api_fields()}

    def outputs_from_api(self, obj: Mapping[str, Any]) -> dict[str, Any]:
        return {o.name: obj.get(o.name) for o in self.outputs}

    def is_gone(self, obj: Mapping[str, Any]) -> bool:
        """Whether a fetched object counts as deleted (e.g. soft-deleted)."""
        return False

    def natural_key_of(self, values: Mapping[str, Any]) -> tuple[Any, ...]:
        return tuple(canonical(values.get(k)) for k in self.natural_key)

    def find_existing(self, api: Scoped, inputs: InputsModel) -> dict[str, Any] | None:
        """The live object with the inputs' natural key, if any."""
        if not self.natural_key:
            return None
        wanted = self.natural_key_of(inputs.model_dump(mode="json"))
        params = {}
        if self.list_filter_param and len(self.natural_key) == 1:
            params[self.list_filter_param] = wanted[0]
        for obj in api.paginate(self.collection_path, params=params):
            if self.natural_key_of(self.from_api(obj)) == wanted and not self.is_gone(obj):
                return obj
        return None

    def validate_semantics(self, inputs: InputsModel) -> list[tuple[str, str]]:
        """Cross-field rules: (property path, reason) pairs."""
        return []

    def deterministic_id(self, inputs: InputsModel, scope_key: str | None, resource_identity: str = "") -> str:
        """A client-supplied id derived from the resource's identity, scope, natural key and replace-on-change
        fields, so a create retried after a crash finds its own object instead of making a duplicate."""
        dumped = canonical(inputs.model_dump(mode="json"))
        identity = {k: dumped.get(k) for k in sorted(set(self.natural_key) | set(self.replace_on_change))}
        seed = json.dumps(
            [self.kind, resource_identity, scope_key or "", identity], sort_keys=True, separators=(",", ":")
        )
        return str(uuid.uuid5(_ID_NAMESPACE, seed))

    def read_object(self, api: Scoped, object_id: str) -> dict[str, Any]:
        return api.get(self.object_path(object_id))

    def delete_object(self, api: Scoped, object_id: str) -> None:
        """Delete the object; a 404, or a workspace that is itself gone, counts as done."""
        try:
            api.delete(self.object_path(object_id))
        except NotFoundError:
            pass
        except ForbiddenError:
            if not workspace_is_gone(api):
                raise


class SpecProvider(dynamic.ResourceProvider):
    """The dynamic provider of one kind. Instances pickle by reference and hold no client or secret."""

    spec: ClassVar[ResourceSpec]
    serialize_as_secret_always = False

    _settings_lock = threading.Lock()

    # Nothing of an instance is ever pickled: settings are resolved in the provider process.
    def __getstate__(self) -> dict[str, Any]:
        return {}

    def __setstate__(self, state: dict[str, Any]) -> None:
        pass

    def configure(self, req: dynamic.ConfigureRequest) -> None:
        try:
            self._settings: ProviderSettings | None = resolve_settings(req.config.get)
            self._config_error: ConfigurationError | None = None
        except ConfigurationError as exc:
            self._settings, self._config_error = None, exc

    def client(self) -> LangSmithClient:
        """A client for the configured settings (stack config, else the environment at call time)."""
        error = getattr(self, "_config_error", None)
        if error is not None:
            raise error
        settings = getattr(self, "_settings", None) or resolve_settings()
        return LangSmithClient(settings)

    # -- helpers --------------------------------------------------------------------------------

    @staticmethod
    def _strip(props: Mapping[str, Any]) -> dict[str, Any]:
        """Props without the engine's hidden `__*` keys."""
        return {k: v for k, v in props.items() if not k.startswith("__")}

    def _model(self, props: Mapping[str, Any]) -> InputsModel:
        fields = self.spec.inputs.model_fields
        return self.spec.inputs.model_validate({k: v for k, v in props.items() if k in fields})

    def _outputs(self, inputs: InputsModel, obj: Mapping[str, Any]) -> dict[str, Any]:
        outs = inputs.model_dump(mode="json")
        outs.update(self.spec.outputs_from_api(obj))
        for name in self.spec.secret_fields:
            if outs.get(name) is not None:
                outs[name] = rpc.wrap_rpc_secret(outs[name])
        return outs

    def _changed_fields(self, olds: Mapping[str, Any], news: Mapping[str, Any]) -> list[str]:
        changed = []
        for name in self.spec.managed_fields():
            old, new = olds.get(name), news.get(name)
            if new is None and name in self.spec.server_defaulted:
                continue
            if contains_unknown(new):
                changed.append(name)
                continue
            if name == "workspace_id":
                # Compared with the workspace the object is in: naming it explicitly, or dropping the
                # name, must not replace (and so delete) the object. Only a different workspace moves it.
                where = old or olds.get("tenant_id")
                if new is not None and str(new).lower() != str(where or "").lower():
                    changed.append(name)
                continue
            old_c, new_c = canonical(old), canonical(new)
            if name in self.spec.unordered_fields and isinstance(old_c, list) and isinstance(new_c, list):
                old_c = sorted(old_c, key=lambda v: json.dumps(v, sort_keys=True))
                new_c = sorted(new_c, key=lambda v: json.dumps(v, sort_keys=True))
            if old_c != new_c:
                changed.append(name)
        return changed

    # -- protocol -------------------------------------------------------------------------------

    def check(self, _olds: dict[str, Any], news: dict[str, Any]) -> dynamic.CheckResult:
        props = self._strip(news)
        unknown = {k for k, v in props.items() if contains_unknown(v)}
        failures: list[dynamic.CheckFailure] = []
        try:
            model = self.spec.inputs.model_validate(props)
        except PydanticValidationError as exc:
            for error in exc.errors():
                loc = error.get("loc", ())
                if loc and loc[0] in unknown:
                    continue
                if error["type"] == "extra_forbidden":
                    allowed = ", ".join(self.spec.inputs.model_fields)
                    reason = f"unknown property of {self.spec.kind}; expected one of: {allowed}"
                else:
                    reason = error["msg"]
                failures.append(dynamic.CheckFailure(property_path(loc) or self.spec.kind, reason))
            return dynamic.CheckResult(news, failures)
        if unknown:
            return dynamic.CheckResult(news, [])
        for prop, reason in self.spec.validate_semantics(model):
            failures.append(dynamic.CheckFailure(prop, reason))
        if failures:
            return dynamic.CheckResult(news, failures)
        hidden = {k: v for k, v in news.items() if k.startswith("__") and k != PROVIDER_KEY}
        return dynamic.CheckResult({**model.model_dump(mode="json"), **hidden}, [])

    def diff(self, _id: str, olds: dict[str, Any], news: dict[str, Any]) -> dynamic.DiffResult:
        changed = self._changed_fields(olds, news)
        replaces = [f for f in changed if f in self.spec.replace_on_change]
        return dynamic.DiffResult(
            changes=bool(changed),
            replaces=replaces,
            delete_before_replace=bool(replaces) and self.spec.delete_before_replace,
        )

    def create(self, props: dict[str, Any]) -> dynamic.CreateResult:
        inputs = self._model(self._strip(props))
        api = self.spec.scoped(self.client(), inputs.model_dump())
        scope_key = api.tenant_id or api.organization_id
        identity = str(props.get(IDENTITY_KEY) or "")
        object_id = self.spec.deterministic_id(inputs, scope_key, identity) if self.spec.client_supplied_id else None

        existing = self.spec.find_existing(api, inputs)
        if existing is not None:
            ours = object_id is not None and str(existing.get("id")) == object_id
            if not ours and not getattr(inputs, "adopt_existing", False):
                key = ", ".join(f"{k}={existing.get(k)!r}" for k in self.spec.natural_key)
                raise AlreadyExistsError(
                    f"{self.spec.kind} with {key} already exists (id {existing.get('id')}); set "
                    f"adopt_existing=True to manage it with this resource, or choose another name."
                )
            obj = self._converge(api, inputs, existing)
        else:
            obj = self._post_create(api, inputs, object_id)
        return dynamic.CreateResult(str(obj["id"]), self._outputs(inputs, obj))

    def _post_create(self, api: Scoped, inputs: InputsModel, object_id: str | None) -> dict[str, Any]:
        def recover() -> dict[str, Any] | None:
            return self.spec.find_existing(api, inputs)

        body = self.spec.create_body(inputs, object_id)
        try:
            if object_id is not None:
                return api.post(self.spec.collection_path, body, idempotent=True)
            return api.post(self.spec.collection_path, body, recover=recover if self.spec.natural_key else None)
        except ConflictError:
            if object_id is None:
                raise
        # The deterministic id is taken: our own earlier attempt, or a deleted object keeping its id.
        try:
            found = self.spec.read_object(api, object_id)
        except NotFoundError:
            found = None
        if found is not None and not self.spec.is_gone(found):
            if self.spec.natural_key_of(self.spec.from_api(found)) == self.spec.natural_key_of(
                inputs.model_dump(mode="json")
            ):
                return self._converge(api, inputs, found)
        return api.post(self.spec.collection_path, self.spec.create_body(inputs, str(uuid.uuid4())), idempotent=True)

    def _converge(self, api: Scoped, inputs: InputsModel, obj: dict[str, Any]) -> dict[str, Any]:
        """Bring an adopted object to the desired inputs."""
        api = self.spec.scoped(api.client, inputs.model_dump(), str(obj["id"]))
        live = {**inputs.model_dump(mode="json"), **self.spec.from_api(obj)}
        changed = self._changed_fields(live, inputs.model_dump(mode="json"))
        blocked = [f for f in changed if f in self.spec.replace_on_change and f not in ENGINE_FIELDS]
        if blocked:
            raise AlreadyExistsError(
                f"cannot adopt {self.spec.kind} {obj.get('id')}: "
                + ", ".join(f"{f} is {live.get(f)!r} but the inputs ask for {getattr(inputs, f)!r}" for f in blocked)
                + " and cannot change in place"
            )
        body = self.spec.update_body(self._model(live), inputs, changed)
        if body:
            api.patch(self.spec.object_path(str(obj["id"])), self.spec.merge_live(body, obj))
            return self.spec.read_object(api, str(obj["id"]))
        return obj

    def read(self, id_: str, props: dict[str, Any]) -> dynamic.ReadResult:
        current = self._strip(props)
        api = self.spec.scoped(self.client(), current, id_)
        try:
            obj = self.spec.read_object(api, id_)
        except NotFoundError:
            return dynamic.ReadResult(None, {})
        except ForbiddenError:
            if workspace_is_gone(api):  # deleted along with its workspace
                return dynamic.ReadResult(None, {})
            raise
        if obj is None or self.spec.is_gone(obj):
            return dynamic.ReadResult(None, {})
        engine = {k: current.get(k) for k in ENGINE_FIELDS if k in self.spec.inputs.model_fields}
        inputs = {**engine, **self.spec.from_api(obj)}
        try:
            model = self._model(inputs)
        except PydanticValidationError:
            model = None
        outs = {**inputs, **self.spec.outputs_from_api(obj)} if model is None else self._outputs(model, obj)
        self._preserve(outs, current)
        return dynamic.ReadResult(id_, outs, {k: v for k, v in inputs.items() if v is not None})

    def _preserve(self, outs: dict[str, Any], old: Mapping[str, Any]) -> None:
        """Carry the spec's `preserved_outputs` over from the old state when the API no longer returns them."""
        for name in self.spec.preserved_outputs:
            if outs.get(name) is None and old.get(name) is not None:
                value = rpc.unwrap_rpc_secret(old[name])
                outs[name] = rpc.wrap_rpc_secret(value) if name in self.spec.secret_fields else value

    def update(self, id_: str, olds: dict[str, Any], news: dict[str, Any]) -> dynamic.UpdateResult:
        new = self._model(self._strip(news))
        old_props = self._strip(olds)
        api = self.spec.scoped(self.client(), old_props, id_)
        changed = [f for f in self._changed_fields(old_props, new.model_dump(mode="json"))]
        body = self.spec.update_body(self._model(old_props), new, changed)
        if body and self.spec.merge_live_on_update:
            body = self.spec.merge_live(body, self.spec.read_object(api, id_))
        if body:
            api.patch(self.spec.object_path(id_), body)
        obj = self.spec.read_object(api, id_)
        outs = self._outputs(new, obj)
        self._preserve(outs, old_props)
        return dynamic.UpdateResult(outs)

    def delete(self, id_: str, props: dict[str, Any]) -> None:
        self.spec.delete_object(self.spec.scoped(self.client(), self._strip(props), id_), id_)


class LangSmithResource(dynamic.Resource):
    """Base of the typed resource classes: wires the kind's provider, inputs and declared outputs."""

    _provider_class: ClassVar[type[SpecProvider]]

    def __init__(
        self,
        resource_name: str,
        props: Mapping[str, Any],
        opts: pulumi.ResourceOptions | None = None,
    ) -> None:
        spec = self._provider_class.spec
        allowed = set(spec.inputs.model_fields)
        unknown = set(props) - allowed
        if unknown:
            raise TypeError(f"{spec.kind}: unknown argument(s) {sorted(unknown)}; expected {sorted(allowed)}")
        all_props: dict[str, Any] = {name: None for name in spec.output_names()}
        all_props.update(props)
        all_props[IDENTITY_KEY] = f"{pulumi.get_project()}/{pulumi.get_stack()}/{spec.kind}/{resource_name}"
        for name in spec.secret_fields:
            # Every secret input is wrapped here, once for all kinds: a plain string must not reach the
            # state's inputs unencrypted (outputs are covered by `additional_secret_outputs` below).
            if all_props.get(name) is not None:
                all_props[name] = pulumi.Output.secret(all_props[name])
        secrets = sorted(spec.secret_fields)
        if secrets:
            opts = pulumi.ResourceOptions.merge(opts, pulumi.ResourceOptions(additional_secret_outputs=secrets))
        super().__init__(self._provider_class(), resource_name, all_props, opts)
