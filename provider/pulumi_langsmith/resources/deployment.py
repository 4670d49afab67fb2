"""`Deployment`: a LangSmith Deployment (LangGraph agent server) on the control plane (`/v2/deployments`).

Creates wait until the first revision is live; changes that need a revision make one and wait again.
Environment variables and secrets travel in the API's one `secrets: [{name, value}]` list: secret values
never reach the outputs, a salted HMAC of them (itself a secret output) detects drift. A reserved
environment variable, `PULUMI_LANGSMITH_OWNER`, marks the deployment as this resource's, so a create
retried after a crash finds and adopts it instead of making a second one. The HTTP behaviour (revisions,
waiting, owner markers, clean-up of a failed first create) is the `ControlPlaneDeployment` shape; this
module maps the inputs.

Only what the program sets is compared with the live deployment (`DOCS` says it for users): a field left
out is the server's (its defaults, e.g. `resource_spec` limits, are no drift) and removing an optional
field leaves the live value as it is (nothing is cleared, nothing replaced). With neither
`environment_variables` nor `secrets` the environment is unmanaged.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
from collections.abc import Mapping
from enum import Enum
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field

from ..framework import Conformance, Kind, OutputsModel, Uuid, WorkspaceScopedInputs, field
from ..framework.scoped import canonical, contains_unknown
from ..framework.strategies.control_plane import (
    DEFAULT_WAIT_TIMEOUT_SECONDS,
    ControlPlaneDeployment,
    new_salt,
    same_ref,
)

_ENV_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_MAX_TEXT = 2048
_MAX_COUNT = 1000
_MAX_MEMORY_MB = 1_048_576
_MAX_ITEMS = 256
OWNER_ENV_VAR = "PULUMI_LANGSMITH_OWNER"

__all__ = ["DEFAULT_WAIT_TIMEOUT_SECONDS", "KIND", "OWNER_ENV_VAR", "DeploymentSource", "DeploymentType"]


BoundedValue = Annotated[str, Field(max_length=32_768)]
"""A label, annotation or environment value (32 KiB at most)."""


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

    min_scale: int | None = Field(
        default=None, ge=0, le=_MAX_COUNT, description="Minimum replicas (0 only for scale-to-zero types)."
    )
    max_scale: int | None = Field(default=None, ge=1, le=_MAX_COUNT, description="Maximum replicas.")
    cpu: float | None = Field(default=None, ge=0.1, le=8.0, description="CPU request per replica, in cores.")
    cpu_limit: float | None = Field(default=None, ge=0.1, le=16.0, description="CPU limit per replica, in cores.")
    memory_mb: int | None = Field(
        default=None, ge=1, le=_MAX_MEMORY_MB, description="Memory request per replica, in MB."
    )
    memory_limit_mb: int | None = Field(
        default=None, ge=1, le=_MAX_MEMORY_MB, description="Memory limit per replica, in MB."
    )
    queue_min_scale: int | None = Field(default=None, ge=0, le=_MAX_COUNT)
    queue_max_scale: int | None = Field(default=None, ge=1, le=_MAX_COUNT)
    queue_cpu: float | None = Field(default=None, ge=0.1, le=8.0)
    queue_cpu_limit: float | None = Field(default=None, ge=0.1, le=16.0)
    queue_memory_mb: int | None = Field(default=None, ge=1, le=_MAX_MEMORY_MB)
    queue_memory_limit_mb: int | None = Field(default=None, ge=1, le=_MAX_MEMORY_MB)
    labels: dict[str, BoundedValue] | None = Field(
        default=None, max_length=_MAX_ITEMS, description="Labels of the Kubernetes resources."
    )
    annotations: dict[str, BoundedValue] | None = Field(
        default=None, max_length=_MAX_ITEMS, description="Annotations of the Kubernetes resources."
    )
    service_account_name: str | None = Field(default=None, min_length=1, max_length=_MAX_TEXT)


class ListenerConfigInputs(_Nested):
    k8s_namespace: str | None = Field(
        default=None, min_length=1, max_length=_MAX_TEXT, description="Namespace; fixed at creation."
    )


class SourceConfigInputs(_Nested):
    """Source settings: some fixed at creation (replace), some patched, some needing a new revision."""

    integration_id: Uuid | None = Field(default=None, description="GitHub integration (github).")
    repo_url: str | None = Field(
        default=None, min_length=1, max_length=_MAX_TEXT, description="Repository URL (github)."
    )
    deployment_type: DeploymentType | None = Field(default=None, description="dev_free, dev or prod (github).")
    listener_id: Uuid | None = Field(default=None, description="Listener (external_docker).")
    listener_config: ListenerConfigInputs | None = None
    custom_url: str | None = Field(
        default=None, min_length=1, max_length=_MAX_TEXT, description="Custom URL (external_docker)."
    )
    build_on_push: bool | None = Field(default=None, description="Build a revision on each push (github).")
    install_command: str | None = Field(
        default=None, min_length=1, max_length=_MAX_TEXT, description="JS install command (github)."
    )
    build_command: str | None = Field(
        default=None, min_length=1, max_length=_MAX_TEXT, description="JS build command (github)."
    )
    resource_spec: ResourceSpecInputs | None = None


class SourceRevisionConfigInputs(_Nested):
    """What one revision deploys; any change makes a new revision."""

    repo_ref: str | None = Field(
        default=None, min_length=1, max_length=_MAX_TEXT, description="Branch, or `refs/tags/<tag>` (github)."
    )
    langgraph_config_path: str | None = Field(
        default=None, min_length=1, max_length=_MAX_TEXT, description="Path of langgraph.json."
    )
    image_uri: str | None = Field(
        default=None, min_length=1, max_length=_MAX_TEXT, description="Image to deploy (external_docker)."
    )


class SecretReferenceInputs(_Nested):
    name: str = Field(min_length=1, max_length=_MAX_TEXT, description="Environment variable to populate.")
    secret_name: str = Field(
        min_length=1, max_length=_MAX_TEXT, description="Kubernetes Secret in the deployment's namespace."
    )
    secret_key: str = Field(min_length=1, max_length=_MAX_TEXT, description="Key within that Secret.")


class DeploymentInputs(WorkspaceScopedInputs):
    name: str = field(
        key=True,
        replace=True,
        min_length=1,
        max_length=255,
        description="Deployment name (also its tracing project's); fixed at creation.",
    )
    source: DeploymentSource = field(replace=True, description="`github` or `external_docker`; fixed at creation.")
    display_name: str | None = field(None, min_length=1, max_length=_MAX_TEXT, description="Name shown in the UI.")
    source_config: SourceConfigInputs = Field(default_factory=SourceConfigInputs)
    source_revision_config: SourceRevisionConfigInputs = Field(default_factory=SourceRevisionConfigInputs)
    environment_variables: dict[str, BoundedValue] | None = field(
        None, max_length=_MAX_ITEMS, description="Plain environment variables."
    )
    secrets: dict[str, BoundedValue] | None = field(
        None, secret=True, max_length=_MAX_ITEMS, description="Secret environment variables (never in state)."
    )
    secret_references: list[SecretReferenceInputs] | None = field(
        None, max_length=_MAX_ITEMS, description="Variables filled from Kubernetes Secrets (external_docker)."
    )
    wait_for_ready: bool = field(True, description="Wait until each new revision is DEPLOYED.")
    wait_timeout_seconds: float = field(
        DEFAULT_WAIT_TIMEOUT_SECONDS, gt=0, le=86_400, description="How long to wait for a revision or a deletion."
    )
    redeploy_trigger: str | None = field(
        None,
        min_length=1,
        max_length=_MAX_TEXT,
        description="Any value; setting it to a new one redeploys the current revision as it is (an update, "
        "shown in the plan), e.g. to pick up a new image pushed under the same tag or a rotated external secret.",
    )
    keep_tracing_project: bool = field(True, description="Keep the tracing project when deleting.")
    keep_on_failure: bool = field(
        False,
        description="Keep the deployment when its first create fails (failed revision or timeout); by default it "
        "is deleted, since a failed create leaves it in no Pulumi state.",
    )


class DeploymentOutputs(OutputsModel):
    status: str | None = field(None, description="Deployment status (READY, AWAITING_DATABASE, ...).")
    latest_revision_id: str | None = field(None, description="Newest revision.")
    latest_revision_status: str | None = field(None, description="Status of the newest revision.")
    active_revision_id: str | None = field(None, description="Revision currently deployed.")
    url: str | None = field(None, description="URL of the deployment's Agent Server (`source_config.custom_url`).")
    created_at: str | None = field(None, description="Creation time (ISO 8601).")
    updated_at: str | None = field(None, description="Last update time (ISO 8601).")
    tenant_id: str | None = field(None, description="Workspace that holds the deployment.")
    secret_names: list[str] | None = field(
        None, description="Names of the secret variables (their values are never stored)."
    )
    secrets_salt: str | None = field(None, description="Salt of `secrets_hash`.")
    secrets_hash: str | None = field(None, secret=True, description="Salted HMAC of the secrets, for drift detection.")


#: The source_config fields fixed at creation (a change replaces), patched in place, or needing a revision.
IMMUTABLE_SOURCE_CONFIG = ("integration_id", "repo_url", "deployment_type", "listener_id")
PATCH_SOURCE_CONFIG = ("build_on_push", "custom_url")
#: Inputs that only steer the provider (no API field): refresh keeps them from state.
BEHAVIOUR_FIELDS = (
    "redeploy_trigger",
    "wait_for_ready",
    "wait_timeout_seconds",
    "keep_tracing_project",
    "keep_on_failure",
    "adopt_existing",
)
#: `source_config` objects compared key by key: a key the program leaves out is the server's.
NESTED_SOURCE_CONFIG = ("resource_spec", "listener_config")
#: `source_config` fields the API does not report (it answers null): refresh keeps them from state.
UNREPORTED_SOURCE_CONFIG = ("listener_config",)
#: The revision inputs of each source: a refresh takes no other field (the API may report, e.g., the image it
#: built for a github deployment in `image_uri`, which is no input of that source).
REVISION_FIELDS_BY_SOURCE = {"github": ("repo_ref", "langgraph_config_path"), "external_docker": ("image_uri",)}


def secrets_digest(salt: str, values: Mapping[str, str] | None) -> str:
    """A salted HMAC-SHA256 of a secrets map: compares secrets without storing them."""
    payload = json.dumps(values or {}, sort_keys=True, separators=(",", ":")).encode()
    return hmac.new(salt.encode(), payload, hashlib.sha256).hexdigest()


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
        required: dict[str, object] = {
            "source_config.integration_id": config.integration_id,
            "source_config.repo_url": config.repo_url,
            "source_config.deployment_type": config.deployment_type,
            "source_revision_config.repo_ref": revision.repo_ref,
            "source_revision_config.langgraph_config_path": revision.langgraph_config_path,
        }
        for prop, value in required.items():
            if value is None:
                fail(prop, "required for github deployments")
        not_applicable: dict[str, object] = {
            "source_revision_config.image_uri": revision.image_uri,
            "source_config.listener_id": config.listener_id,
            "source_config.listener_config": config.listener_config,
            "source_config.custom_url": config.custom_url,
            "secret_references": inputs.secret_references,
        }
        for prop, value in not_applicable.items():
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
        github_only: dict[str, object] = {
            "source_config.integration_id": config.integration_id,
            "source_config.repo_url": config.repo_url,
            "source_config.deployment_type": config.deployment_type,
            "source_config.build_on_push": config.build_on_push,
            "source_config.install_command": config.install_command,
            "source_config.build_command": config.build_command,
            "source_revision_config.repo_ref": revision.repo_ref,
            "source_revision_config.langgraph_config_path": revision.langgraph_config_path,
        }
        for prop, value in github_only.items():
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


class Deployments(ControlPlaneDeployment):
    """The deployment's mapping: variables and secrets in one list, secrets compared by their salted hash."""

    def desired_env(self, inputs: Any) -> dict[str, str] | None:
        """Both maps omitted: the environment is unmanaged (kept as it is, as the official provider does)."""
        if inputs.environment_variables is None and inputs.secrets is None:
            return None
        return {**(inputs.environment_variables or {}), **(inputs.secrets or {})}

    def create_source_config(self, inputs: Any) -> dict[str, Any]:
        config = super().create_source_config(inputs)
        if inputs.source is DeploymentSource.GITHUB:
            # The API rejects a github create without build_on_push; the official provider defaults it to false.
            config.setdefault("build_on_push", False)
        return config

    def extra_patch(self, inputs: Any, previous: Mapping[str, Any] | None) -> dict[str, Any] | None:
        # Not in the saved control-plane spec (newer API, per the official provider); harmless where ignored.
        # Sent after a create or adoption, and on update only when it changed.
        if inputs.display_name is None or (
            previous is not None and inputs.display_name == previous.get("display_name")
        ):
            return None
        return {"display_name": inputs.display_name}

    def split_env(self, obj: Mapping[str, Any], state: Mapping[str, Any]) -> tuple[dict[str, str], dict[str, str]]:
        """The live (plain variables, secrets): plain are those the state names as environment_variables."""
        live_env = self.live_env(obj)
        live_env.pop(self.owner_env_var, None)
        plain_names = set((state.get("environment_variables") or {}).keys())
        plain = {k: v for k, v in live_env.items() if k in plain_names}
        return plain, {k: v for k, v in live_env.items() if k not in plain_names}

    def live_inputs(self, obj: Mapping[str, Any], state: Mapping[str, Any]) -> dict[str, Any]:
        """The inputs as the server holds them, for the fields the state sets: a server echo of a field the
        program leaves out (a default, a filled-in limit) is not taken, and a null for a field the API does not
        report (listener_config, older APIs' commands) keeps the state's value."""
        plain, _ = self.split_env(obj, state)
        config = obj.get("source_config") or {}
        old_config = state.get("source_config") or {}

        def live_or_kept(live: Any, kept: Any) -> Any:
            return kept if live is None else live

        source_config: dict[str, Any] = {}
        for k in SourceConfigInputs.model_fields:
            kept = old_config.get(k)
            if kept is None:
                continue
            if k in UNREPORTED_SOURCE_CONFIG:
                source_config[k] = kept
            elif k in NESTED_SOURCE_CONFIG and isinstance(kept, dict):
                live_part = config.get(k) or {}
                source_config[k] = {
                    key: live_or_kept(live_part.get(key), value) for key, value in kept.items() if value is not None
                }
            else:
                source_config[k] = live_or_kept(config.get(k), kept)
        revision_config = self.live_revision_config(obj)
        old_revision = state.get("source_revision_config") or {}
        if same_ref(revision_config.get("repo_ref"), old_revision.get("repo_ref")):
            revision_config["repo_ref"] = old_revision.get("repo_ref")  # `refs/heads/main` is `main`
        revision_fields = REVISION_FIELDS_BY_SOURCE.get(str(obj.get("source")), SourceRevisionConfigInputs.model_fields)
        inputs = {
            **{k: state.get(k) for k in ("workspace_id", *BEHAVIOUR_FIELDS)},
            # Read back when the API reports it (newer API, per the official provider); else as in state.
            "display_name": obj.get("display_name") or state.get("display_name"),
            "name": obj.get("name"),
            "source": obj.get("source"),
            "source_config": source_config,
            "source_revision_config": {k: revision_config.get(k) for k in revision_fields if revision_config.get(k)},
            "environment_variables": plain if state.get("environment_variables") is not None or plain else None,
            "secret_references": obj.get("secret_references") if state.get("secret_references") is not None else None,
        }
        return {k: v for k, v in inputs.items() if v is not None}

    def outputs(self, obj: Mapping[str, Any]) -> dict[str, Any]:
        state = obj.get("_state") or {}
        salt = state.get("secrets_salt") or new_salt()
        managing = obj.get("_inputs", state)
        unmanaged = managing.get("environment_variables") is None and managing.get("secrets") is None
        if "_inputs" in obj:  # after a create or update: the secrets just sent
            secret_values = obj["_inputs"].get("secrets")
        else:  # after a read: the live ones
            secret_values = self.split_env(obj, state)[1]
        revision = obj.get("_latest_revision") or {}
        return {
            "secrets": None,  # values never enter the outputs; `secrets_hash` stands for them
            "status": obj.get("status"),
            "latest_revision_id": obj.get("latest_revision_id"),
            "latest_revision_status": revision.get("status"),
            "active_revision_id": obj.get("active_revision_id"),
            "url": (obj.get("source_config") or {}).get("custom_url"),
            "created_at": obj.get("created_at"),
            "updated_at": obj.get("updated_at"),
            "tenant_id": obj.get("tenant_id"),
            "secret_names": None if unmanaged else sorted(secret_values or {}),
            "secrets_salt": salt,
            "secrets_hash": None if unmanaged else secrets_digest(salt, secret_values),
        }

    @staticmethod
    def kept(olds: Mapping[str, Any], news: Mapping[str, Any]) -> dict[str, Any]:
        """`news` with what removing an optional field leaves on the server: the old value. The API keeps a
        source_config field (or a resource_spec key, a display name, secret references) that is no longer
        sent, so its removal is no change, and never a replacement (UseStateForUnknown in the official
        provider). Both environment maps omitted: the environment is unmanaged, so it is no change either."""
        news = dict(news)
        old_config, new_config = olds.get("source_config") or {}, news.get("source_config")
        if isinstance(new_config, dict) and isinstance(old_config, dict):
            merged = dict(new_config)
            for k, old in old_config.items():
                new = merged.get(k)
                if new is None:
                    merged[k] = old
                elif k in NESTED_SOURCE_CONFIG and isinstance(new, dict) and isinstance(old, dict):
                    merged[k] = {**new, **{key: v for key, v in old.items() if new.get(key) is None}}
            news["source_config"] = merged
        for name in ("display_name", "secret_references"):
            if news.get(name) is None:
                news[name] = olds.get(name)
        if news.get("environment_variables") is None and news.get("secrets") is None:
            news["environment_variables"] = olds.get("environment_variables")
        return news

    def replacing(self, changed: list[str], olds: Mapping[str, Any], news: Mapping[str, Any]) -> list[str]:
        return super().replacing(changed, olds, self.kept(olds, news))

    def changed_fields(self, engine: Any, olds: Mapping[str, Any], news: Mapping[str, Any]) -> list[str]:
        """Secrets are compared by their salted hash (state holds no values); removed optional fields are kept."""
        unmanaged = news.get("environment_variables") is None and news.get("secrets") is None
        news = self.kept(olds, news)
        changed = [f for f in engine.changed_fields(olds, news) if f != "secrets"]
        new_secrets = news.get("secrets")
        if unmanaged:
            pass
        elif contains_unknown(new_secrets):
            changed.append("secrets")
        elif "secrets_salt" in olds:
            if secrets_digest(olds.get("secrets_salt") or "", new_secrets) != olds.get("secrets_hash"):
                changed.append("secrets")
        elif canonical(olds.get("secrets")) != canonical(new_secrets):
            changed.append("secrets")
        return changed


DOCS = """\
**What the resource manages.** Only the fields the program sets are compared with the live deployment. A
field left out belongs to the server: its defaults (`deployment_type` of an image deployment, the
`resource_spec` limits of twice the requests, `build_on_push`) are no drift, and removing an optional field
from the program (e.g. `source_config.listener_id`, a `resource_spec` key, `display_name`) changes nothing
on the server and replaces nothing. A `null` the API answers for a field it does not report
(`listener_config`, the JS commands on older control planes) keeps the program's value, and a branch the API
resolves (`refs/heads/main`, or a commit with the branch in `source_config.repo_branch`) is the same ref.

**Environment.** `environment_variables` and `secrets` together are the deployment's environment: when
either is set, the environment is exactly their union (a variable removed from both is removed). When both
are omitted the environment is **unmanaged**: it is never written (as the official Terraform provider
does). To clear every variable, set `environment_variables={}`.

**Adopting** (`adopt_existing=True`) an existing deployment takes over only what the program sets: the
revision inputs, `build_on_push`/`custom_url`, the `resource_spec` keys set (merged over the live spec), the
display name, and the environment only when one of the maps is set. An adoption that asks for nothing new
makes no write at all and no revision. Creation-time fields that differ are refused.

**A failed first create** (a revision that fails, or `wait_timeout_seconds` running out) deletes the
deployment it made before reporting the error with the revision's last log lines: a failed `pulumi up`
records no state, so a kept deployment would survive `pulumi destroy`. Set `keep_on_failure=True` to keep
it (e.g. to read its logs in the UI): the error then names it, the next `pulumi up` adopts it (its owner
marker names this resource), and the error says how to delete it otherwise. Deployments that were adopted
are never deleted on failure.

**Redeploying.** `redeploy_trigger` takes any value and asks for nothing by itself; setting it to a new
value (a date, a build number, a ticket) redeploys the revision that is live, as it is, with the control
plane's `POST …/revisions/{id}/redeploy`, and waits for it like any revision. The plan shows it as an
update of `redeploy_trigger`, never a replacement, so the redeploy is reviewed like any other change. An
update that makes a new revision anyway (a new image, a changed variable) is not redeployed twice;
removing the trigger redeploys nothing.

**Deployment types.** `dev_free`, `dev`, `prod`, and the scale-to-zero `dev_zero` and `dev_free_zero`
(accepted by the control plane and the official provider, though the saved control-plane spec lists only
the first three).
"""

KIND = Kind(
    name="Deployment",
    description="A LangSmith Deployment (LangGraph agent server) from GitHub or a Docker image.",
    docs=DOCS,
    inputs=DeploymentInputs,
    outputs=DeploymentOutputs,
    api=Deployments(
        "/v2/deployments",
        owner_env_var=OWNER_ENV_VAR,
        immutable_config=IMMUTABLE_SOURCE_CONFIG,
        immutable_nested_config=(("listener_config", "k8s_namespace"),),
        patch_config=PATCH_SOURCE_CONFIG,
        revision_config=("install_command", "build_command"),
        merged_config=("resource_spec",),
        redeploy_trigger="redeploy_trigger",
    ),
    validate=_semantic_failures,
    conformance=Conformance(
        example={
            "name": "conformance-deployment",
            "source": "external_docker",
            "source_config": {
                "listener_id": "5f0c1b7e-8a43-4f3e-9a43-2d1e3c4b5a69",
                "listener_config": {"k8s_namespace": "agents"},
                "resource_spec": {"min_scale": 1, "max_scale": 2, "cpu": 1, "memory_mb": 1024},
            },
            "source_revision_config": {"image_uri": "registry.example.com/agent:1"},
            "environment_variables": {"LOG_LEVEL": "info"},
        },
        update={"environment_variables": {"LOG_LEVEL": "debug"}, "display_name": "Conformance agent"},
        replace={"name": "conformance-deployment-2"},
        invalid=(
            ({"name": ""}, "name"),
            ({"source": "internal_source"}, "source"),
            ({"source_revision_config": {}}, "source_revision_config.image_uri"),
            ({"environment_variables": {OWNER_ENV_VAR: "x"}}, f"environment_variables.{OWNER_ENV_VAR}"),
        ),
        drift={"source_revision_config": {"image_uri": "registry.example.com/agent:by-hand"}},
        setup="control_plane",
    ),
)
