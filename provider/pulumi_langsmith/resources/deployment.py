"""`Deployment`: a LangSmith Deployment (LangGraph agent server) on the control plane (`/v2/deployments`).

Creates wait until the first revision is live; changes that need a revision make one and wait again.
Environment variables and secrets travel in the API's one `secrets: [{name, value}]` list: secret values
never reach the outputs, a salted HMAC of them (itself a secret output) detects drift. A reserved
environment variable, `PULUMI_LANGSMITH_OWNER`, marks the deployment as this resource's, so a create
retried after a timeout or a crash finds and adopts it instead of making a second one.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import secrets as secrets_module
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from enum import Enum
from typing import Any, ClassVar

import pulumi
from pulumi import dynamic
from pulumi.runtime import rpc
from pydantic import BaseModel, ConfigDict, Field

from ..client import Api
from ..engine import (
    IDENTITY_KEY,
    LangSmithResource,
    OutputField,
    ResourceSpec,
    Scoped,
    SpecProvider,
    WorkspaceScopedInputs,
    canonical,
    contains_unknown,
)
from ..errors import AlreadyExistsError, ApiError, NotFoundError
from ..waiting import FAILED_STATUSES, DeploymentFailedError, wait_for_revision, wait_until_deleted

_UUID = r"^[0-9a-fA-F-]{36}$"
_ENV_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
OWNER_ENV_VAR = "PULUMI_LANGSMITH_OWNER"
DEFAULT_WAIT_TIMEOUT_SECONDS = 1800.0


class DeploymentSource(str, Enum):
    """Where a deployment's code comes from."""

    GITHUB = "github"
    EXTERNAL_DOCKER = "external_docker"
    INTERNAL_DOCKER = "internal_docker"
    INTERNAL_SOURCE = "internal_source"


class DeploymentType(str, Enum):
    """Cloud deployment type (github sources). `dev_zero`/`dev_free_zero` may scale to zero."""

    DEV_FREE = "dev_free"
    DEV = "dev"
    PROD = "prod"
    DEV_ZERO = "dev_zero"
    DEV_FREE_ZERO = "dev_free_zero"


SCALE_TO_ZERO_TYPES = frozenset({DeploymentType.DEV_ZERO, DeploymentType.DEV_FREE_ZERO})


class _Nested(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ResourceSpecInputs(_Nested):
    """Compute of one deployment (fields the API has and this resource does not list are kept as they are)."""

    min_scale: int | None = Field(default=None, ge=0, description="Minimum replicas (0 only for scale-to-zero types).")
    max_scale: int | None = Field(default=None, ge=1, description="Maximum replicas.")
    cpu: float | None = Field(default=None, ge=0.1, le=8.0, description="CPU request per replica, in cores.")
    cpu_limit: float | None = Field(default=None, ge=0.1, le=16.0, description="CPU limit per replica, in cores.")
    memory_mb: int | None = Field(default=None, ge=1, description="Memory request per replica, in MB.")
    memory_limit_mb: int | None = Field(default=None, ge=1, description="Memory limit per replica, in MB.")
    queue_min_scale: int | None = Field(default=None, ge=0)
    queue_max_scale: int | None = Field(default=None, ge=1)
    queue_cpu: float | None = Field(default=None, ge=0.1, le=8.0)
    queue_cpu_limit: float | None = Field(default=None, ge=0.1, le=16.0)
    queue_memory_mb: int | None = Field(default=None, ge=1)
    queue_memory_limit_mb: int | None = Field(default=None, ge=1)
    labels: dict[str, str] | None = Field(default=None, description="Labels of the Kubernetes resources.")
    annotations: dict[str, str] | None = Field(default=None, description="Annotations of the Kubernetes resources.")
    service_account_name: str | None = Field(default=None, min_length=1)


class ListenerConfigInputs(_Nested):
    k8s_namespace: str | None = Field(default=None, min_length=1, description="Namespace; fixed at creation.")


class SourceConfigInputs(_Nested):
    """Source settings: some fixed at creation (replace), some patched, some needing a new revision."""

    integration_id: str | None = Field(default=None, pattern=_UUID, description="GitHub integration (github).")
    repo_url: str | None = Field(default=None, min_length=1, description="Repository URL (github).")
    deployment_type: DeploymentType | None = Field(default=None, description="dev_free, dev or prod (github).")
    listener_id: str | None = Field(default=None, pattern=_UUID, description="Listener (external_docker).")
    listener_config: ListenerConfigInputs | None = None
    custom_url: str | None = Field(default=None, min_length=1, description="Custom URL (external_docker).")
    build_on_push: bool | None = Field(default=None, description="Build a revision on each push (github).")
    install_command: str | None = Field(default=None, min_length=1, description="JS install command (github).")
    build_command: str | None = Field(default=None, min_length=1, description="JS build command (github).")
    resource_spec: ResourceSpecInputs | None = None


class SourceRevisionConfigInputs(_Nested):
    """What one revision deploys; any change makes a new revision."""

    repo_ref: str | None = Field(default=None, min_length=1, description="Branch, or `refs/tags/<tag>` (github).")
    langgraph_config_path: str | None = Field(default=None, min_length=1, description="Path of langgraph.json.")
    image_uri: str | None = Field(default=None, min_length=1, description="Image to deploy (external_docker).")


class SecretReferenceInputs(_Nested):
    name: str = Field(min_length=1, description="Environment variable to populate.")
    secret_name: str = Field(min_length=1, description="Kubernetes Secret in the deployment's namespace.")
    secret_key: str = Field(min_length=1, description="Key within that Secret.")


class DeploymentInputs(WorkspaceScopedInputs):
    name: str = Field(min_length=1, description="Deployment name (also its tracing project's); fixed at creation.")
    source: DeploymentSource = Field(description="`github` or `external_docker`; fixed at creation.")
    display_name: str | None = Field(default=None, min_length=1, description="Name shown in the UI.")
    source_config: SourceConfigInputs = Field(default_factory=SourceConfigInputs)
    source_revision_config: SourceRevisionConfigInputs = Field(default_factory=SourceRevisionConfigInputs)
    environment_variables: dict[str, str] | None = Field(default=None, description="Plain environment variables.")
    secrets: dict[str, str] | None = Field(default=None, description="Secret environment variables (never in state).")
    secret_references: list[SecretReferenceInputs] | None = Field(
        default=None, description="Variables filled from Kubernetes Secrets (external_docker)."
    )
    wait_for_ready: bool = Field(default=True, description="Wait until each new revision is DEPLOYED.")
    wait_timeout_seconds: float = Field(
        default=DEFAULT_WAIT_TIMEOUT_SECONDS, gt=0, description="How long to wait for a revision or a deletion."
    )
    keep_tracing_project: bool = Field(default=True, description="Keep the tracing project when deleting.")


#: Top-level inputs whose change replaces the deployment, and the source_config fields that do.
REPLACE_FIELDS = frozenset({"name", "source", "workspace_id"})
IMMUTABLE_SOURCE_CONFIG = ("integration_id", "repo_url", "deployment_type", "listener_id")
#: Inputs that only steer the provider (no API field).
BEHAVIOUR_FIELDS = frozenset({"wait_for_ready", "wait_timeout_seconds", "keep_tracing_project", "adopt_existing"})
REVISION_SOURCE_CONFIG = ("install_command", "build_command", "resource_spec")
PATCH_SOURCE_CONFIG = ("build_on_push", "custom_url")
#: The revision inputs of each source: a refresh takes no other field (the API may report, e.g., the image it
#: built for a github deployment in `image_uri`, which is no input of that source).
REVISION_FIELDS_BY_SOURCE = {"github": ("repo_ref", "langgraph_config_path"), "external_docker": ("image_uri",)}


def secrets_digest(salt: str, values: dict[str, str] | None) -> str:
    """A salted HMAC-SHA256 of a secrets map: compares secrets without storing them."""
    payload = json.dumps(values or {}, sort_keys=True, separators=(",", ":")).encode()
    return hmac.new(salt.encode(), payload, hashlib.sha256).hexdigest()


def owner_marker(identity: str) -> str:
    """The value of `PULUMI_LANGSMITH_OWNER` for a resource: a stable id of its project/stack/name, nothing more."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"pulumi-langsmith/Deployment/{identity}"))


def _semantic_failures(inputs: DeploymentInputs) -> list[tuple[str, str]]:
    failures: list[tuple[str, str]] = []
    config, revision = inputs.source_config, inputs.source_revision_config
    spec = config.resource_spec

    def fail(prop: str, reason: str) -> None:
        failures.append((prop, reason))

    if inputs.source in (DeploymentSource.INTERNAL_DOCKER, DeploymentSource.INTERNAL_SOURCE):
        fail(
            "source",
            f"{inputs.source.value} needs an image push or a source tarball upload (the LangGraph CLI flow), which a "
            "Pulumi program cannot do; deploy from `github` or from an image with `external_docker`",
        )
        return failures
    if inputs.source is DeploymentSource.GITHUB:
        required = {
            "source_config.integration_id": config.integration_id,
            "source_config.repo_url": config.repo_url,
            "source_config.deployment_type": config.deployment_type,
            "source_revision_config.repo_ref": revision.repo_ref,
            "source_revision_config.langgraph_config_path": revision.langgraph_config_path,
        }
        for prop, value in required.items():
            if value is None:
                fail(prop, "required for github deployments")
        for prop, value in {
            "source_revision_config.image_uri": revision.image_uri,
            "source_config.listener_id": config.listener_id,
            "source_config.listener_config": config.listener_config,
            "source_config.custom_url": config.custom_url,
            "secret_references": inputs.secret_references,
        }.items():
            if value is not None:
                fail(prop, "not applicable to github deployments (custom_url is assigned by LangSmith)")
        if config.build_on_push and (revision.repo_ref or "").startswith("refs/tags/"):
            fail("source_config.build_on_push", "must be false when repo_ref is a tag: tags never receive pushes")
        if spec is not None and spec.min_scale == 0 and config.deployment_type not in SCALE_TO_ZERO_TYPES:
            fail(
                "source_config.resource_spec.min_scale",
                f"0 is only allowed for scale-to-zero deployment types ({', '.join(sorted(t.value for t in SCALE_TO_ZERO_TYPES))})",
            )
    if inputs.source is DeploymentSource.EXTERNAL_DOCKER:
        if revision.image_uri is None:
            fail("source_revision_config.image_uri", "required for external_docker deployments")
        if spec is None:
            fail("source_config.resource_spec", "required for external_docker deployments")
        for prop, value in {
            "source_config.integration_id": config.integration_id,
            "source_config.repo_url": config.repo_url,
            "source_config.deployment_type": config.deployment_type,
            "source_config.build_on_push": config.build_on_push,
            "source_config.install_command": config.install_command,
            "source_config.build_command": config.build_command,
            "source_revision_config.repo_ref": revision.repo_ref,
            "source_revision_config.langgraph_config_path": revision.langgraph_config_path,
        }.items():
            if value is not None:
                fail(prop, "only applicable to github deployments")
        if spec is not None and spec.min_scale == 0:
            fail("source_config.resource_spec.min_scale", "external_docker deployments cannot scale to zero")
    if spec is not None:
        for low, high in (("min_scale", "max_scale"), ("queue_min_scale", "queue_max_scale")):
            lo, hi = getattr(spec, low), getattr(spec, high)
            if lo is not None and hi is not None and lo > hi:
                fail(f"source_config.resource_spec.{low}", f"{lo} is greater than {high} ({hi})")
        for request, limit in (("cpu", "cpu_limit"), ("memory_mb", "memory_limit_mb")):
            req, lim = getattr(spec, request), getattr(spec, limit)
            if req is not None and lim is not None and lim < req:
                fail(f"source_config.resource_spec.{limit}", f"{lim} is below the request {request} ({req})")
    plain, secret = inputs.environment_variables or {}, inputs.secrets or {}
    referenced = [r.name for r in inputs.secret_references or []]
    for prop, names in (("environment_variables", plain), ("secrets", secret)):
        for name in names:
            if not _ENV_NAME.match(name):
                fail(f"{prop}.{name}", "not a valid environment variable name ([A-Za-z_][A-Za-z0-9_]*)")
            elif name == OWNER_ENV_VAR:
                fail(f"{prop}.{name}", "reserved by pulumi-langsmith to recognise its own deployments")
    for name in sorted(set(plain) & set(secret)):
        fail(f"secrets.{name}", "also set in environment_variables; set each variable in one place")
    for name in sorted(set(referenced) & (set(plain) | set(secret))):
        fail(f"secret_references.{name}", "also set in environment_variables or secrets")
    return failures


class DeploymentSpec(ResourceSpec):
    kind = "Deployment"
    description = "A LangSmith Deployment (LangGraph agent server) from GitHub or a Docker image."
    inputs = DeploymentInputs
    collection_path = "/v2/deployments"
    item_path = "/v2/deployments/{id}"
    natural_key = ("name",)
    replace_on_change = REPLACE_FIELDS
    secret_fields = frozenset({"secrets", "secrets_hash"})
    outputs = (
        OutputField("status", "string", "Deployment status (READY, AWAITING_DATABASE, ...)."),
        OutputField("latest_revision_id", "string", "Newest revision."),
        OutputField("latest_revision_status", "string", "Status of the newest revision."),
        OutputField("active_revision_id", "string", "Revision currently deployed."),
        OutputField("url", "string", "URL of the deployment's Agent Server (`source_config.custom_url`)."),
        OutputField("created_at", "string", "Creation time (ISO 8601)."),
        OutputField("updated_at", "string", "Last update time (ISO 8601)."),
        OutputField("tenant_id", "string", "Workspace that holds the deployment."),
        OutputField("secret_names", "array", "Names of the secret variables (their values are never stored)."),
        OutputField("secrets_salt", "string", "Salt of `secrets_hash`."),
        OutputField("secrets_hash", "string", "Salted HMAC of the secrets, for drift detection.", secret=True),
    )

    def validate_semantics(self, inputs: Any) -> list[tuple[str, str]]:
        return _semantic_failures(inputs)


def _cp(api: Scoped, method: str, path: str, **kwargs: Any) -> Any:
    return api.request(method, path, api=Api.CONTROL_PLANE, **kwargs)


def _drop_none(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _drop_none(v) for k, v in value.items() if v is not None}
    return value


_no_revisions_endpoint: set[str] = set()
_no_revisions_endpoint_lock = threading.Lock()


class DeploymentProvider(SpecProvider):
    """Lifecycle of a `Deployment`: adopt-or-create, converge by revisions, wait, delete and wait."""

    spec: ClassVar[ResourceSpec] = DeploymentSpec()

    # -- desired state ---------------------------------------------------------------------------

    @staticmethod
    def _identity(props: dict[str, Any]) -> str:
        return str(props.get(IDENTITY_KEY) or "")

    @staticmethod
    def _desired_env(inputs: DeploymentInputs, marker: str) -> dict[str, str]:
        """The API's combined `secrets` list as a map: plain variables, secrets and the owner marker."""
        return {**(inputs.environment_variables or {}), **(inputs.secrets or {}), OWNER_ENV_VAR: marker}

    @staticmethod
    def _env_list(env: dict[str, str]) -> list[dict[str, str]]:
        return [{"name": k, "value": v} for k, v in sorted(env.items())]

    def _create_body(self, inputs: DeploymentInputs, marker: str) -> dict[str, Any]:
        dumped = inputs.model_dump(mode="json")
        body: dict[str, Any] = {
            "name": inputs.name,
            "source": inputs.source.value,
            "source_config": _drop_none(dumped["source_config"]),
            "source_revision_config": _drop_none(dumped["source_revision_config"]),
            "secrets": self._env_list(self._desired_env(inputs, marker)),
        }
        if inputs.secret_references is not None:
            body["secret_references"] = dumped["secret_references"]
        return body

    # -- lookups ---------------------------------------------------------------------------------

    def _find_by_name(self, api: Scoped, name: str) -> dict[str, Any] | None:
        for deployment in api.client.paginate_resources(
            "/v2/deployments", params={"name_contains": name}, tenant_id=api.tenant_id
        ):
            if deployment.get("name") == name:
                return deployment
        return None

    def _find_own(self, api: Scoped, name: str, marker: str) -> dict[str, Any] | None:
        """The deployment a lost create attempt of this resource made, if any."""
        found = self._find_by_name(api, name)
        return found if found is not None and self._live_env(found).get(OWNER_ENV_VAR) == marker else None

    @staticmethod
    def _live_env(deployment: dict[str, Any]) -> dict[str, str]:
        return {s["name"]: s["value"] for s in deployment.get("secrets") or []}

    # -- converging ------------------------------------------------------------------------------

    def _revision_body(
        self, inputs: DeploymentInputs, live: dict[str, Any], marker: str, force_patch: dict[str, Any]
    ) -> dict[str, Any] | None:
        """The body of a new revision bringing `live` to `inputs`, or None when no revision is needed."""
        dumped = inputs.model_dump(mode="json")
        live_config = live.get("source_config") or {}
        live_revision = live.get("source_revision_config") or {}
        body: dict[str, Any] = {}
        wanted_revision = _drop_none(dumped["source_revision_config"])
        if any(canonical(live_revision.get(k)) != canonical(v) for k, v in wanted_revision.items()):
            body["source_revision_config"] = wanted_revision
        config_changes: dict[str, Any] = {}
        wanted_spec = _drop_none(dumped["source_config"].get("resource_spec") or {})
        live_spec = live_config.get("resource_spec") or {}
        if any(canonical(live_spec.get(k)) != canonical(v) for k, v in wanted_spec.items()):
            config_changes["resource_spec"] = {**live_spec, **wanted_spec}  # unmanaged fields are kept
        for name in ("install_command", "build_command"):
            wanted = dumped["source_config"].get(name)
            if wanted is not None and wanted != live_config.get(name):
                config_changes[name] = wanted
        wanted_env = self._desired_env(inputs, marker)
        if wanted_env != self._live_env(live):
            body["secrets"] = self._env_list(wanted_env)
        if inputs.secret_references is not None:
            wanted_refs = dumped["secret_references"]
            if canonical(wanted_refs) != canonical(live.get("secret_references") or []):
                body["secret_references"] = wanted_refs
        if not body and not config_changes:
            return None
        config_changes.update(force_patch)
        if config_changes:
            body["source_config"] = config_changes
        return body

    @staticmethod
    def _latest_revision_failed(api: Scoped, live: dict[str, Any]) -> bool:
        revision_id = live.get("latest_revision_id")
        if not revision_id:
            return False
        try:
            revision = _cp(api, "GET", f"/v2/deployments/{live['id']}/revisions/{revision_id}")
        except NotFoundError:
            return False
        return revision.get("status") in FAILED_STATUSES

    @staticmethod
    def _patch_only_changes(inputs: DeploymentInputs, live: dict[str, Any]) -> dict[str, Any]:
        live_config = live.get("source_config") or {}
        changes = {}
        for name in PATCH_SOURCE_CONFIG:
            wanted = getattr(inputs.source_config, name)
            if wanted is not None and wanted != live_config.get(name):
                changes[name] = wanted
        return changes

    def _post_revision(self, api: Scoped, deployment_id: str, body: dict[str, Any]) -> str:
        """Start a revision: the dedicated endpoint when the control plane has it, else the PATCH that makes one."""
        base = api.client.settings.control_plane_endpoint
        if base not in _no_revisions_endpoint:
            try:
                revision = _cp(api, "POST", f"/v2/deployments/{deployment_id}/revisions", json=body)
                return str(revision["id"])
            except ApiError as error:
                if error.status not in (404, 405):
                    raise
                _cp(api, "GET", f"/v2/deployments/{deployment_id}")  # a 404 of the deployment itself propagates
                with _no_revisions_endpoint_lock:
                    _no_revisions_endpoint.add(base)
        patched = _cp(api, "PATCH", f"/v2/deployments/{deployment_id}", json=body)
        return str(patched["latest_revision_id"])

    def _reconcile(
        self,
        api: Scoped,
        inputs: DeploymentInputs,
        live: dict[str, Any],
        marker: str,
        *,
        send_display_name: bool = True,
    ) -> dict[str, Any]:
        """Bring a live deployment to the inputs (at most one new revision), then wait for its latest revision."""
        deployment_id = str(live["id"])
        live_config = live.get("source_config") or {}
        for name in IMMUTABLE_SOURCE_CONFIG:
            wanted = getattr(inputs.source_config, name)
            wanted = wanted.value if isinstance(wanted, Enum) else wanted
            if wanted is not None and str(wanted) != str(live_config.get(name)):
                raise AlreadyExistsError(
                    f"Deployment {inputs.name!r} ({deployment_id}) has source_config.{name}={live_config.get(name)!r} "
                    f"but the inputs ask for {wanted!r}, which cannot change in place; choose another name."
                )
        if live.get("source") != inputs.source.value:
            raise AlreadyExistsError(
                f"Deployment {inputs.name!r} ({deployment_id}) has source {live.get('source')!r}, not "
                f"{inputs.source.value!r}; choose another name."
            )
        patch_only = self._patch_only_changes(inputs, live)
        body = self._revision_body(inputs, live, marker, patch_only)
        if body is None and inputs.wait_for_ready and self._latest_revision_failed(api, live):
            # Re-running after a failure whose cause is not in the inputs (a fix pushed to the same branch, a
            # flaky build): build the same configuration again instead of failing on the old revision forever.
            body = {"source_revision_config": _drop_none(inputs.model_dump(mode="json")["source_revision_config"])}
            if patch_only:
                body["source_config"] = patch_only
        if body is not None:
            self._post_revision(api, deployment_id, body)
        elif patch_only:
            _cp(api, "PATCH", f"/v2/deployments/{deployment_id}", json={"source_config": patch_only})
        if inputs.display_name is not None and send_display_name:
            # Not in the saved control-plane spec (newer API, per the official provider); harmless where ignored.
            _cp(api, "PATCH", f"/v2/deployments/{deployment_id}", json={"display_name": inputs.display_name})
        return self._settle(api, inputs, deployment_id)

    def _settle(self, api: Scoped, inputs: DeploymentInputs, deployment_id: str) -> dict[str, Any]:
        """Wait (when asked) for the latest revision, then return the deployment with `_latest_revision`."""
        deployment = _cp(api, "GET", f"/v2/deployments/{deployment_id}")
        revision_id = deployment.get("latest_revision_id")
        revision: dict[str, Any] | None = None
        if revision_id and inputs.wait_for_ready:
            revision = wait_for_revision(api, deployment_id, str(revision_id), inputs.wait_timeout_seconds)
            deployment = _cp(api, "GET", f"/v2/deployments/{deployment_id}")
        elif revision_id:
            revision = _cp(api, "GET", f"/v2/deployments/{deployment_id}/revisions/{revision_id}")
        return {**deployment, "_latest_revision": revision}

    # -- outputs ---------------------------------------------------------------------------------

    def _outs(
        self,
        inputs: DeploymentInputs,
        deployment: dict[str, Any],
        salt: str,
        live_secrets: dict[str, str] | None = None,
    ) -> dict[str, Any]:
        outs = inputs.model_dump(mode="json")
        outs["secrets"] = None  # values never enter the outputs; `secrets_hash` stands for them
        secret_values = inputs.secrets if live_secrets is None else live_secrets
        revision = deployment.get("_latest_revision") or {}
        outs.update(
            {
                "status": deployment.get("status"),
                "latest_revision_id": deployment.get("latest_revision_id"),
                "latest_revision_status": revision.get("status"),
                "active_revision_id": deployment.get("active_revision_id"),
                "url": (deployment.get("source_config") or {}).get("custom_url"),
                "created_at": deployment.get("created_at"),
                "updated_at": deployment.get("updated_at"),
                "tenant_id": deployment.get("tenant_id"),
                "secret_names": sorted(secret_values or {}),
                "secrets_salt": salt,
                "secrets_hash": rpc.wrap_rpc_secret(secrets_digest(salt, secret_values)),
            }
        )
        return outs

    # -- protocol --------------------------------------------------------------------------------

    def _changed_fields(self, olds: dict[str, Any], news: dict[str, Any]) -> list[str]:
        changed = [f for f in super()._changed_fields(olds, news) if f != "secrets"]
        new_secrets = news.get("secrets")
        if contains_unknown(new_secrets):
            changed.append("secrets")
        elif "secrets_salt" in olds:
            salt = olds.get("secrets_salt") or ""
            if secrets_digest(salt, new_secrets) != _unwrap(olds.get("secrets_hash")):
                changed.append("secrets")
        elif canonical(olds.get("secrets")) != canonical(new_secrets):
            changed.append("secrets")
        return changed

    def diff(self, _id: str, olds: dict[str, Any], news: dict[str, Any]) -> dynamic.DiffResult:
        changed = self._changed_fields(olds, news)
        replaces = [f for f in changed if f in REPLACE_FIELDS]
        old_config, new_config = olds.get("source_config") or {}, news.get("source_config") or {}
        if "source_config" in changed:
            if contains_unknown(new_config) and not isinstance(new_config, dict):
                replaces.append("source_config")
            else:
                old_ns = (old_config.get("listener_config") or {}).get("k8s_namespace")
                new_listener = new_config.get("listener_config") or {}
                new_ns = new_listener.get("k8s_namespace") if isinstance(new_listener, dict) else new_listener
                pairs = [(old_config.get(n), new_config.get(n)) for n in IMMUTABLE_SOURCE_CONFIG] + [(old_ns, new_ns)]
                if any(contains_unknown(new) or canonical(old) != canonical(new) for old, new in pairs):
                    replaces.append("source_config")
        return dynamic.DiffResult(
            changes=bool(changed),
            replaces=replaces,
            # A kept name must be freed before the new deployment takes it; a new name allows create-first.
            delete_before_replace=bool(replaces) and "name" not in changed,
        )

    def create(self, props: dict[str, Any]) -> dynamic.CreateResult:
        inputs: DeploymentInputs = self._model(self._strip(props))  # type: ignore[assignment]
        with _secrets_scrubbed(inputs):
            return self._create(inputs, props)

    def _create(self, inputs: DeploymentInputs, props: dict[str, Any]) -> dynamic.CreateResult:
        api = self.spec.scoped(self.client(), inputs.model_dump())
        marker = owner_marker(self._identity(props))
        salt = secrets_module.token_hex(16)
        existing = self._find_by_name(api, inputs.name)
        if existing is not None:
            ours = self._live_env(existing).get(OWNER_ENV_VAR) == marker
            if not ours and not inputs.adopt_existing:
                raise AlreadyExistsError(
                    f"Deployment {inputs.name!r} already exists (id {existing.get('id')}) and was not created by this "
                    "resource; set adopt_existing=True to manage it with this resource, or choose another name."
                )
            deployment = self._reconcile(api, inputs, existing, marker)
        else:
            created = _cp(
                api,
                "POST",
                "/v2/deployments",
                json=self._create_body(inputs, marker),
                recover=lambda: self._find_own(api, inputs.name, marker),
            )
            if inputs.display_name is not None:
                _cp(api, "PATCH", f"/v2/deployments/{created['id']}", json={"display_name": inputs.display_name})
            deployment = self._settle(api, inputs, str(created["id"]))
        return dynamic.CreateResult(str(deployment["id"]), self._outs(inputs, deployment, salt))

    def update(self, id_: str, olds: dict[str, Any], news: dict[str, Any]) -> dynamic.UpdateResult:
        inputs: DeploymentInputs = self._model(self._strip(news))  # type: ignore[assignment]
        with _secrets_scrubbed(inputs):
            return self._update(id_, olds, news, inputs)

    def _update(
        self, id_: str, olds: dict[str, Any], news: dict[str, Any], inputs: DeploymentInputs
    ) -> dynamic.UpdateResult:
        api = self.spec.scoped(self.client(), self._strip(olds), id_)
        marker = owner_marker(self._identity(news))
        live = _cp(api, "GET", f"/v2/deployments/{id_}")
        # Compares with the live deployment, so a revision accepted by an earlier, failed update is not repeated.
        renamed = inputs.display_name != olds.get("display_name")
        deployment = self._reconcile(api, inputs, live, marker, send_display_name=renamed)
        salt = olds.get("secrets_salt") or secrets_module.token_hex(16)
        return dynamic.UpdateResult(self._outs(inputs, deployment, salt))

    def read(self, id_: str, props: dict[str, Any]) -> dynamic.ReadResult:
        current = self._strip(props)
        api = self.spec.scoped(self.client(), current, id_)
        try:
            deployment = _cp(api, "GET", f"/v2/deployments/{id_}")
        except NotFoundError:
            return dynamic.ReadResult(None, {})
        revision_id = deployment.get("latest_revision_id")
        revision = None
        if revision_id:
            try:
                revision = _cp(api, "GET", f"/v2/deployments/{id_}/revisions/{revision_id}")
            except NotFoundError:
                revision = None
        deployment["_latest_revision"] = revision
        live_env = self._live_env(deployment)
        live_env.pop(OWNER_ENV_VAR, None)
        plain_names = set((current.get("environment_variables") or {}).keys())
        plain = {k: v for k, v in live_env.items() if k in plain_names}
        live_secrets = {k: v for k, v in live_env.items() if k not in plain_names}
        config = deployment.get("source_config") or {}
        old_config = current.get("source_config") or {}
        managed_spec = (old_config.get("resource_spec") or {}).keys()
        live_spec = config.get("resource_spec") or {}
        source_config = {
            k: (config.get(k) if k in config else old_config.get(k))
            for k in SourceConfigInputs.model_fields
            if k != "resource_spec" and old_config.get(k) is not None
        }
        if old_config.get("resource_spec") is not None:
            source_config["resource_spec"] = {k: live_spec.get(k) for k in managed_spec}
        revision_config = deployment.get("source_revision_config") or {}
        inputs = {
            **{k: current.get(k) for k in ("workspace_id", "adopt_existing", "display_name", *BEHAVIOUR_FIELDS)},
            "name": deployment.get("name"),
            "source": deployment.get("source"),
            "source_config": source_config,
            "source_revision_config": {
                k: revision_config.get(k)
                for k in REVISION_FIELDS_BY_SOURCE.get(
                    str(deployment.get("source")), SourceRevisionConfigInputs.model_fields
                )
                if revision_config.get(k)
            },
            "environment_variables": plain if current.get("environment_variables") is not None or plain else None,
            "secrets": None,
            "secret_references": deployment.get("secret_references")
            if current.get("secret_references") is not None
            else None,
        }
        model = self._model({k: v for k, v in inputs.items() if v is not None})
        salt = current.get("secrets_salt") or secrets_module.token_hex(16)
        outs = self._outs(model, deployment, salt, live_secrets)  # type: ignore[arg-type]
        return dynamic.ReadResult(id_, outs, {k: v for k, v in inputs.items() if v is not None})

    def delete(self, id_: str, props: dict[str, Any]) -> None:
        current = self._strip(props)
        api = self.spec.scoped(self.client(), current, id_)
        keep = current.get("keep_tracing_project", True) is not False
        timeout = float(current.get("wait_timeout_seconds") or DEFAULT_WAIT_TIMEOUT_SECONDS)
        try:
            _cp(api, "DELETE", f"/v2/deployments/{id_}", params={"delete_tracing_project": str(not keep).lower()})
        except NotFoundError:
            return
        wait_until_deleted(api, id_, timeout)


def _scrub(detail: Any, values: list[str]) -> Any:
    """`detail` with every secret value replaced (422 details echo the rejected input)."""
    if isinstance(detail, str):
        for value in values:
            detail = detail.replace(value, "[SECRET]")
        return detail
    if isinstance(detail, list):
        return [_scrub(item, values) for item in detail]
    if isinstance(detail, dict):
        return {k: _scrub(v, values) for k, v in detail.items()}
    return detail


@contextmanager
def _secrets_scrubbed(inputs: DeploymentInputs) -> Iterator[None]:
    """Re-raise API errors and failed-revision log excerpts without the values of the deployment's secrets."""
    values = sorted((v for v in (inputs.secrets or {}).values() if v), key=len, reverse=True)
    try:
        yield
    except DeploymentFailedError as error:
        excerpt = _scrub(error.log_excerpt, values)
        if excerpt == error.log_excerpt:
            raise
        raise DeploymentFailedError(error.deployment_id, error.revision_id, error.status, excerpt) from None
    except ApiError as error:
        if not values or not any(v in str(error) or v in repr(error.detail) for v in values):
            raise
        raise type(error)(
            error.method, error.path, error.status, _scrub(error.detail, values), retry_after=error.retry_after
        ) from None


def _unwrap(value: Any) -> Any:
    """The plain value of a (possibly secret-wrapped) property."""
    if isinstance(value, dict) and value.get(rpc._special_sig_key) == rpc._special_secret_sig:
        return value.get("value")
    return value


class Deployment(LangSmithResource, module="langsmith", name="Deployment"):
    """A LangSmith Deployment. Type token `pulumi-python:dynamic/langsmith:Deployment`."""

    _provider_class = DeploymentProvider

    name: pulumi.Output[str]
    source: pulumi.Output[str]
    display_name: pulumi.Output[str | None]
    source_config: pulumi.Output[dict[str, Any]]
    source_revision_config: pulumi.Output[dict[str, Any]]
    environment_variables: pulumi.Output[dict[str, str] | None]
    secrets: pulumi.Output[dict[str, str] | None]
    """Secret variables (a secret; never in state in plaintext)."""
    secret_references: pulumi.Output[list[dict[str, str]] | None]
    wait_for_ready: pulumi.Output[bool]
    wait_timeout_seconds: pulumi.Output[float]
    keep_tracing_project: pulumi.Output[bool]
    workspace_id: pulumi.Output[str | None]
    adopt_existing: pulumi.Output[bool]
    status: pulumi.Output[str]
    """Deployment status (READY, AWAITING_DATABASE, ...)."""
    latest_revision_id: pulumi.Output[str | None]
    latest_revision_status: pulumi.Output[str | None]
    active_revision_id: pulumi.Output[str | None]
    url: pulumi.Output[str | None]
    """URL of the deployment's Agent Server."""
    created_at: pulumi.Output[str]
    updated_at: pulumi.Output[str]
    tenant_id: pulumi.Output[str]
    secret_names: pulumi.Output[list[str]]
    secrets_salt: pulumi.Output[str]
    secrets_hash: pulumi.Output[str]

    def __init__(
        self,
        resource_name: str,
        *,
        name: pulumi.Input[str],
        source: pulumi.Input[str],
        display_name: pulumi.Input[str] | None = None,
        source_config: pulumi.Input[dict[str, Any]] | None = None,
        source_revision_config: pulumi.Input[dict[str, Any]] | None = None,
        environment_variables: pulumi.Input[dict[str, str]] | None = None,
        secrets: pulumi.Input[dict[str, str]] | None = None,
        secret_references: pulumi.Input[list[dict[str, str]]] | None = None,
        wait_for_ready: pulumi.Input[bool] | None = None,
        wait_timeout_seconds: pulumi.Input[float] | None = None,
        keep_tracing_project: pulumi.Input[bool] | None = None,
        workspace_id: pulumi.Input[str] | None = None,
        adopt_existing: pulumi.Input[bool] | None = None,
        opts: pulumi.ResourceOptions | None = None,
    ) -> None:
        super().__init__(
            resource_name,
            {
                "name": name,
                "source": source,
                "display_name": display_name,
                "source_config": source_config,
                "source_revision_config": source_revision_config,
                "environment_variables": environment_variables,
                "secrets": secrets,
                "secret_references": secret_references,
                "wait_for_ready": wait_for_ready,
                "wait_timeout_seconds": wait_timeout_seconds,
                "keep_tracing_project": keep_tracing_project,
                "workspace_id": workspace_id,
                "adopt_existing": adopt_existing,
            },
            opts,
        )


LEGACY_KIND = True  # not yet declared on the kind framework
