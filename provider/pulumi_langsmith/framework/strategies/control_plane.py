"""Control-plane deployments (`Api.CONTROL_PLANE`, `/v2/deployments`): objects that change by revisions.

A create POSTs the deployment (which makes its first revision) and waits until that revision is live. A
change that needs a revision posts one (the `/revisions` endpoint, else the PATCH that makes one) and waits
again; fields the API patches in place are patched without a revision. A delete waits until the deployment
is gone. Nothing is sent from the old state: every change is computed against the live deployment, so a
revision accepted by an earlier, failed run is never repeated.

An owner marker, a reserved variable in the deployment's variable list, names the Pulumi resource that
made it: a create retried after a crash finds its own deployment (by name) and converges it instead of
making a second one; someone else's deployment is refused unless `adopt_existing`. Adopting converges
only what the inputs manage: an unmanaged environment (`desired_env` None) is neither written nor marked,
so an adoption that asks for nothing new makes no write at all.

A first create whose revision fails or times out deletes the deployment it made (and waits until it is
gone) unless `keep_on_failure`: the failed `pulumi up` records no state, so a kept deployment would be left
behind by `pulumi destroy`. The error says which was done. Deployments found and adopted are never deleted.

The live deployment is read as the real control plane reports it (see `live_config`): echoes of fields the
inputs do not set, a `null` for a field the API does not report, and a branch resolved to a commit are no
change (`repo_branch` holds the branch when the API resolves `repo_ref`).

The shape reads these inputs of its kind: `name`, `source`, `source_config`, `source_revision_config`,
`secret_references`, `wait_for_ready`, `wait_timeout_seconds`, `keep_tracing_project`, `adopt_existing`,
`keep_on_failure`. Kind hooks (mapping only): `desired_env` (the variables besides the marker, None when
the inputs leave the environment unmanaged), `create_source_config` (the create body's `source_config`,
e.g. with defaults the API requires), `extra_patch` (fields patched after the revision, e.g. a display
name), `live_inputs` and `outputs` (the object passed to `outputs` carries `_latest_revision`, `_state`
and, after a create or update, `_inputs`).

With `redeploy_trigger` (an input naming no API field), setting that input to a new value redeploys the
current revision (`POST …/revisions/{id}/redeploy`): an update, never a replacement, so the plan shows it
for review; one request plus the wait, none when the same update makes a new revision anyway.

Requests: create 2 + waiting (the lookup by name, the POST; then GETs of the deployment and of its revision
while waiting), read 2 (deployment, latest revision), update 1 GET + at most 1 revision (or 1 PATCH) +
waiting, delete 1 + polls until gone.
"""

from __future__ import annotations

import secrets as secrets_module
import threading
import uuid
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from ...client import Api
from ...errors import ApiError, NotFoundError
from ...waiting import (
    FAILED_STATUSES,
    DeploymentFailedError,
    DeploymentWaitTimeoutError,
    wait_for_revision,
    wait_until_deleted,
)
from ..scoped import Scoped, canonical, contains_unknown
from .base import ApiShape, Created, Existing, Obj

DEFAULT_WAIT_TIMEOUT_SECONDS = 1800.0


def drop_none(value: Any) -> Any:
    """A dict without its None values (one level)."""
    if isinstance(value, dict):
        return {k: drop_none(v) for k, v in value.items() if v is not None}
    return value


def same_ref(live: Any, wanted: Any) -> bool:
    """Whether a live git ref names the wanted one (`refs/heads/main` is `main`)."""
    if live == wanted:
        return True
    if not isinstance(live, str) or not isinstance(wanted, str):
        return False
    return live.removeprefix("refs/heads/") == wanted.removeprefix("refs/heads/")


def new_salt() -> str:
    return secrets_module.token_hex(16)


def _scrub(detail: Any, values: list[str]) -> Any:
    if isinstance(detail, str):
        for value in values:
            detail = detail.replace(value, "[SECRET]")
        return detail
    if isinstance(detail, list):
        return [_scrub(item, values) for item in detail]
    if isinstance(detail, dict):
        return {k: _scrub(v, values) for k, v in detail.items()}
    return detail


class ControlPlaneDeployment(ApiShape):
    """A control-plane deployment, converged by revisions and waited for."""

    def __init__(
        self,
        collection: str = "/v2/deployments",
        *,
        owner_env_var: str,
        immutable_config: tuple[str, ...] = (),
        immutable_nested_config: tuple[tuple[str, str], ...] = (),
        patch_config: tuple[str, ...] = (),
        revision_config: tuple[str, ...] = (),
        merged_config: tuple[str, ...] = (),
        redeploy_trigger: str | None = None,
    ) -> None:
        self.collection = collection
        self.owner_env_var = owner_env_var
        """The reserved variable holding the owner marker."""
        self.immutable_config = immutable_config
        """`source_config` fields fixed at creation: a change replaces the deployment, adoption refuses a mismatch."""
        self.immutable_nested_config = immutable_nested_config
        """(`source_config` field, its subfield) pairs fixed at creation (e.g. a listener's namespace)."""
        self.patch_config = patch_config
        """`source_config` fields the API patches in place, without a revision."""
        self.revision_config = revision_config
        """`source_config` fields that need a new revision."""
        self.merged_config = merged_config
        """`source_config` objects that need a revision, sent merged over the live value (unmanaged parts kept)."""
        self.redeploy_trigger = redeploy_trigger
        """An input (no API field) whose change to a new value redeploys the current revision as it is."""
        self.no_revisions_endpoint: set[str] = set()
        """Control planes (by endpoint) found without the `/revisions` endpoint: revisions go by PATCH."""
        self._lock = threading.Lock()

    # -- hooks of the kind ----------------------------------------------------------------------

    def desired_env(self, inputs: Any) -> dict[str, str] | None:
        """The variables the deployment should hold, besides the owner marker (None: leave them as they are)."""
        return {}

    def create_source_config(self, inputs: Any) -> Obj:
        """The `source_config` of the create body (default: the inputs' fields that are set)."""
        return dict(drop_none(inputs.model_dump(mode="json")["source_config"]))

    def extra_patch(self, inputs: Any, previous: Mapping[str, Any] | None) -> Obj | None:
        """Fields PATCHed after a create or convergence (`previous`: the old state on update, else None)."""
        return None

    # -- requests -------------------------------------------------------------------------------

    def item(self, object_id: str) -> str:
        return f"{self.collection}/{object_id}"

    @staticmethod
    def cp(api: Scoped, method: str, path: str, **kwargs: Any) -> Any:
        return api.request(method, path, api=Api.CONTROL_PLANE, **kwargs)

    # -- owner marker ---------------------------------------------------------------------------

    def owner_marker(self, owner: str) -> str:
        """The marker of a resource: a stable id of its project/stack/name, nothing more."""
        return str(uuid.uuid5(uuid.NAMESPACE_URL, f"pulumi-langsmith/{self.kind.name}/{owner}"))

    @staticmethod
    def live_env(obj: Mapping[str, Any]) -> dict[str, str]:
        return {s["name"]: s["value"] for s in obj.get("secrets") or []}

    @staticmethod
    def env_list(env: Mapping[str, str]) -> list[dict[str, str]]:
        return [{"name": k, "value": v} for k, v in sorted(env.items())]

    def wanted_env(self, inputs: Any, marker: str) -> dict[str, str] | None:
        """The whole variable list to converge to, marker included; None when the environment is unmanaged."""
        desired = self.desired_env(inputs)
        return None if desired is None else {**desired, self.owner_env_var: marker}

    @staticmethod
    def live_revision_config(live: Mapping[str, Any]) -> Obj:
        """The live `source_revision_config` as configured: the API may report a github deployment's
        `repo_ref` resolved (to a commit) and keep the branch in `source_config.repo_branch`."""
        revision = dict(live.get("source_revision_config") or {})
        branch = (live.get("source_config") or {}).get("repo_branch")
        if branch:
            revision["repo_ref"] = branch
        return revision

    def find(self, api: Scoped, name: str) -> Obj | None:
        for obj in api.client.paginate_resources(
            self.collection, params={"name_contains": name}, tenant_id=api.tenant_id
        ):
            if obj.get("name") == name:
                return dict(obj)
        return None

    def find_own(self, api: Scoped, name: str, marker: str) -> Obj | None:
        """The deployment a lost create attempt of this resource made, if any."""
        found = self.find(api, name)
        return found if found is not None and self.live_env(found).get(self.owner_env_var) == marker else None

    def exists_message(self, obj: Mapping[str, Any], api: Scoped) -> str:
        return (
            f"{self.kind.name} {obj.get('name')!r} already exists (id {obj.get('id')}) and was not created by this "
            "resource; set adopt_existing=True to manage it with this resource, or choose another name."
        )

    # -- diff -----------------------------------------------------------------------------------

    def replacing(self, changed: list[str], olds: Mapping[str, Any], news: Mapping[str, Any]) -> list[str]:
        """The marked fields, and `source_config` when one of its creation-time fields changes (or is unknown)."""
        replaces = super().replacing(changed, olds, news)
        old_config, new_config = olds.get("source_config") or {}, news.get("source_config") or {}
        if "source_config" in changed:
            if contains_unknown(new_config) and not isinstance(new_config, dict):
                replaces.append("source_config")
            else:
                pairs = [(old_config.get(n), new_config.get(n)) for n in self.immutable_config]
                for outer, inner in self.immutable_nested_config:
                    new_outer = new_config.get(outer) or {}
                    new_value = new_outer.get(inner) if isinstance(new_outer, dict) else new_outer
                    pairs.append(((old_config.get(outer) or {}).get(inner), new_value))
                if any(contains_unknown(new) or canonical(old) != canonical(new) for old, new in pairs):
                    replaces.append("source_config")
        return replaces

    def delete_first(self, changed: list[str], replaces: list[str]) -> bool:
        """A kept name must be freed before the new deployment takes it; a new name allows create-first."""
        return bool(replaces) and not set(self.kind.natural_key) & set(changed)

    # -- converging -----------------------------------------------------------------------------

    def revision_body(
        self,
        inputs: Any,
        live: Mapping[str, Any],
        marker: str,
        force_patch: Obj,
        previous: Mapping[str, Any] | None = None,
    ) -> Obj | None:
        """The body of a new revision bringing `live` to `inputs`, or None when no revision is needed.

        A field the API reports as null (it does not echo it) counts as what `previous` (the state) holds."""
        dumped = inputs.model_dump(mode="json")
        live_config = live.get("source_config") or {}
        old_config = (previous or {}).get("source_config") or {}
        live_revision = self.live_revision_config(live)
        body: Obj = {}
        wanted_revision = drop_none(dumped["source_revision_config"])
        if any(
            not (
                same_ref(live_revision.get(k), v)
                if k == "repo_ref"
                else canonical(live_revision.get(k)) == canonical(v)
            )
            for k, v in wanted_revision.items()
        ):
            body["source_revision_config"] = wanted_revision
        config_changes: Obj = {}
        for name in self.merged_config:
            wanted_part = drop_none(dumped["source_config"].get(name) or {})
            live_part = live_config.get(name) or {}
            if any(canonical(live_part.get(k)) != canonical(v) for k, v in wanted_part.items()):
                config_changes[name] = {**live_part, **wanted_part}  # unmanaged fields are kept
        for name in self.revision_config:
            wanted = dumped["source_config"].get(name)
            current = live_config.get(name)
            if current is None:
                current = old_config.get(name)
            if wanted is not None and wanted != current:
                config_changes[name] = wanted
        wanted_env = self.wanted_env(inputs, marker)
        if wanted_env is not None and wanted_env != self.live_env(live):
            body["secrets"] = self.env_list(wanted_env)
        if dumped.get("secret_references") is not None:
            wanted_refs = dumped["secret_references"]
            if canonical(wanted_refs) != canonical(live.get("secret_references") or []):
                body["secret_references"] = wanted_refs
        if not body and not config_changes:
            return None
        config_changes.update(force_patch)
        if config_changes:
            body["source_config"] = config_changes
        return body

    def patch_only_changes(self, inputs: Any, live: Mapping[str, Any]) -> Obj:
        live_config = live.get("source_config") or {}
        wanted_config = inputs.model_dump(mode="json")["source_config"]
        changes = {}
        for name in self.patch_config:
            wanted = wanted_config.get(name)
            if wanted is not None and wanted != live_config.get(name):
                changes[name] = wanted
        return changes

    def adoption_conflict(self, inputs: Any, live: Mapping[str, Any]) -> str | None:
        """Why `live` cannot be converged to `inputs` in place (a creation-time field differs), if it cannot."""
        dumped = inputs.model_dump(mode="json")
        deployment_id, live_config = live.get("id"), live.get("source_config") or {}
        for name in self.immutable_config:
            wanted = dumped["source_config"].get(name)
            if wanted is not None and str(wanted) != str(live_config.get(name)):
                return (
                    f"{self.kind.name} {dumped['name']!r} ({deployment_id}) has source_config.{name}="
                    f"{live_config.get(name)!r} but the inputs ask for {wanted!r}, which cannot change in place; "
                    "choose another name."
                )
        if live.get("source") != dumped["source"]:
            return (
                f"{self.kind.name} {dumped['name']!r} ({deployment_id}) has source {live.get('source')!r}, not "
                f"{dumped['source']!r}; choose another name."
            )
        return None

    def latest_revision_failed(self, api: Scoped, live: Mapping[str, Any]) -> bool:
        revision_id = live.get("latest_revision_id")
        if not revision_id:
            return False
        try:
            revision = self.cp(api, "GET", f"{self.item(live['id'])}/revisions/{revision_id}")
        except NotFoundError:
            return False
        return revision.get("status") in FAILED_STATUSES

    def post_revision(self, api: Scoped, deployment_id: str, body: Obj) -> str:
        """Start a revision: the dedicated endpoint when the control plane has it, else the PATCH that makes one."""
        base = api.client.settings.control_plane_endpoint
        if base not in self.no_revisions_endpoint:
            try:
                revision = self.cp(api, "POST", f"{self.item(deployment_id)}/revisions", json=body)
                return str(revision["id"])
            except ApiError as error:
                if error.status not in (404, 405):
                    raise
                self.cp(api, "GET", self.item(deployment_id))  # a 404 of the deployment itself propagates
                with self._lock:
                    self.no_revisions_endpoint.add(base)
        patched = self.cp(api, "PATCH", self.item(deployment_id), json=body)
        return str(patched["latest_revision_id"])

    def redeploy(self, api: Scoped, live: Mapping[str, Any]) -> None:
        """Start a new revision from the current one as it is: the revision live now, else the latest."""
        revision_id = live.get("active_revision_id") or live.get("latest_revision_id")
        if not revision_id:
            raise NotFoundError("POST", f"{self.item(str(live['id']))}/revisions", 404, "no revision to redeploy")
        self.cp(api, "POST", f"{self.item(str(live['id']))}/revisions/{revision_id}/redeploy")

    def trigger_changed(self, old: Any, new: Any) -> bool:
        """Whether the redeploy trigger was set to a new value (removing it redeploys nothing)."""
        if self.redeploy_trigger is None:
            return False
        wanted = getattr(new, self.redeploy_trigger, None)
        return wanted is not None and wanted != getattr(old, self.redeploy_trigger, None)

    def converge(
        self,
        api: Scoped,
        inputs: Any,
        live: Mapping[str, Any],
        marker: str,
        previous: Mapping[str, Any] | None,
        *,
        redeploy: bool = False,
    ) -> Obj:
        """Bring a live deployment to the inputs (at most one new revision), then wait for its latest revision.

        With `redeploy`, a deployment whose inputs need no new revision gets one anyway: its current revision
        redeployed (a change that makes a revision already deploys afresh, so it is not redeployed twice)."""
        from ...errors import AlreadyExistsError

        conflict = self.adoption_conflict(inputs, live)
        if conflict:
            raise AlreadyExistsError(conflict)
        deployment_id = str(live["id"])
        patch_only = self.patch_only_changes(inputs, live)
        body = self.revision_body(inputs, live, marker, patch_only, previous)
        if body is None and inputs.wait_for_ready and self.latest_revision_failed(api, live):
            # Re-running after a failure whose cause is not in the inputs (a fix pushed to the same branch, a
            # flaky build): build the same configuration again instead of failing on the old revision forever.
            body = {"source_revision_config": drop_none(inputs.model_dump(mode="json")["source_revision_config"])}
            if patch_only:
                body["source_config"] = patch_only
        if body is not None:
            self.post_revision(api, deployment_id, body)
        else:
            if patch_only:
                self.cp(api, "PATCH", self.item(deployment_id), json={"source_config": patch_only})
            if redeploy:
                self.redeploy(api, live)
        extra = self.extra_patch(inputs, previous if previous is not None else live)
        if extra:
            self.cp(api, "PATCH", self.item(deployment_id), json=extra)
        return self.settle(api, inputs, deployment_id)

    def settle(self, api: Scoped, inputs: Any, deployment_id: str) -> Obj:
        """Wait (when asked) for the latest revision, then the deployment with `_latest_revision`."""
        deployment = self.cp(api, "GET", self.item(deployment_id))
        revision_id = deployment.get("latest_revision_id")
        revision: Obj | None = None
        if revision_id and inputs.wait_for_ready:
            with self.logs_scrubbed(inputs):
                revision = wait_for_revision(api, deployment_id, str(revision_id), inputs.wait_timeout_seconds)
            deployment = self.cp(api, "GET", self.item(deployment_id))
        elif revision_id:
            revision = self.cp(api, "GET", f"{self.item(deployment_id)}/revisions/{revision_id}")
        return {**deployment, "_latest_revision": revision}

    @contextmanager
    def logs_scrubbed(self, inputs: Any) -> Iterator[None]:
        """A failed revision's log excerpt without the values of the secret inputs (the engine scrubs the
        message and API errors; the excerpt is an attribute of the error, kept for programs)."""
        values = [
            v
            for name in self.kind.secret_inputs
            for v in (inputs.model_dump(mode="json").get(name) or {}).values()
            if isinstance(v, str) and v
        ]
        values.sort(key=len, reverse=True)
        try:
            yield
        except DeploymentFailedError as error:
            excerpt = _scrub(error.log_excerpt, values)
            if excerpt == error.log_excerpt:
                raise
            raise DeploymentFailedError(error.deployment_id, error.revision_id, error.status, excerpt) from None

    # -- lifecycle ------------------------------------------------------------------------------

    def create(self, api: Scoped, inputs: Any, owner: str) -> Created | Existing:
        marker = self.owner_marker(owner)
        state: dict[str, Any] = {}
        existing = self.find(api, inputs.name)
        if existing is not None:
            ours = self.live_env(existing).get(self.owner_env_var) == marker
            if not ours and not inputs.adopt_existing:
                return Existing(existing, ours=False)
            # Ours (a retried create) or adopted: converged here, with its wait (the engine's converge would not wait).
            if not ours:  # adopted: never deleted on failure, it is not ours to delete
                return Created(self._annotated(self.converge(api, inputs, existing, marker, None), state, inputs))
            with self.cleaned_up_on_failure(api, inputs, str(existing["id"])):
                converged = self.converge(api, inputs, existing, marker, None)
            return Created(self._annotated(converged, state, inputs))
        dumped = inputs.model_dump(mode="json")
        body: Obj = {
            "name": dumped["name"],
            "source": dumped["source"],
            "source_config": self.create_source_config(inputs),
            "source_revision_config": drop_none(dumped["source_revision_config"]),
            "secrets": self.env_list(self.wanted_env(inputs, marker) or {self.owner_env_var: marker}),
        }
        if dumped.get("secret_references") is not None:
            body["secret_references"] = dumped["secret_references"]
        created = self.cp(
            api, "POST", self.collection, json=body, recover=lambda: self.find_own(api, inputs.name, marker)
        )
        with self.cleaned_up_on_failure(api, inputs, str(created["id"])):
            extra = self.extra_patch(inputs, None)
            if extra:
                self.cp(api, "PATCH", self.item(str(created["id"])), json=extra)
            settled = self.settle(api, inputs, str(created["id"]))
        return Created(self._annotated(settled, state, inputs))

    @contextmanager
    def cleaned_up_on_failure(self, api: Scoped, inputs: Any, deployment_id: str) -> Iterator[None]:
        """On a first create that fails (failed revision, timeout): delete the deployment this resource made,
        unless `keep_on_failure`, so that nothing is left outside Pulumi's state. The error says what was done."""
        try:
            yield
        except (DeploymentFailedError, DeploymentWaitTimeoutError) as error:
            if getattr(inputs, "keep_on_failure", False):
                epilogue = (
                    f"keep_on_failure is set, so the deployment {deployment_id} is kept although it is in no Pulumi "
                    "state: run `pulumi up` again to adopt it (its owner marker names this resource), or delete it "
                    f'with `curl -X DELETE -H "X-Api-Key: $LANGSMITH_API_KEY" -H "X-Tenant-Id: <workspace id>" '
                    f"<control plane>/v2/deployments/{deployment_id}`."
                )
            else:
                epilogue = self._delete_failed(api, inputs, deployment_id)
            if isinstance(error, DeploymentFailedError):
                raise DeploymentFailedError(
                    error.deployment_id, error.revision_id, error.status, error.log_excerpt, epilogue
                ) from None
            raise DeploymentWaitTimeoutError(error.summary, epilogue) from None

    def _delete_failed(self, api: Scoped, inputs: Any, deployment_id: str) -> str:
        state = {
            "keep_tracing_project": inputs.keep_tracing_project,
            "wait_timeout_seconds": inputs.wait_timeout_seconds,
        }
        try:
            self.delete(api, deployment_id, state)
        except Exception as cleanup_error:  # the create's error matters most; say what is left and how to remove it
            return (
                f"The failed deployment {deployment_id} could not be deleted ({cleanup_error}); it is in no Pulumi "
                f'state: delete it with `curl -X DELETE -H "X-Api-Key: $LANGSMITH_API_KEY" -H "X-Tenant-Id: '
                f'<workspace id>" <control plane>/v2/deployments/{deployment_id}`, or run `pulumi up` again to adopt it.'
            )
        return (
            f"The failed deployment {deployment_id} was deleted, so nothing is left outside Pulumi's state; fix the "
            "cause and run `pulumi up` again (set keep_on_failure=True to keep a failed first deployment, e.g. to "
            "read its logs in the UI)."
        )

    def read(self, api: Scoped, object_id: str, state: Mapping[str, Any]) -> Obj | None:
        deployment = self.cp(api, "GET", self.item(object_id))
        revision_id = deployment.get("latest_revision_id")
        revision = None
        if revision_id:
            try:
                revision = self.cp(api, "GET", f"{self.item(object_id)}/revisions/{revision_id}")
            except NotFoundError:
                revision = None
        return {**deployment, "_latest_revision": revision, "_state": dict(state)}

    def update(
        self, api: Scoped, object_id: str, old: Any, new: Any, changed: list[str], state: Mapping[str, Any]
    ) -> Obj:
        live = self.cp(api, "GET", self.item(object_id))
        redeploy = self.trigger_changed(old, new)
        deployment = self.converge(api, new, live, self.owner_marker(api.owner), state, redeploy=redeploy)
        return self._annotated(deployment, state, new)

    def delete(self, api: Scoped, object_id: str, state: Mapping[str, Any]) -> None:
        keep = state.get("keep_tracing_project", True) is not False
        timeout = float(state.get("wait_timeout_seconds") or DEFAULT_WAIT_TIMEOUT_SECONDS)
        try:
            self.cp(api, "DELETE", self.item(object_id), params={"delete_tracing_project": str(not keep).lower()})
        except NotFoundError:
            return
        wait_until_deleted(api, object_id, timeout)

    @staticmethod
    def _annotated(obj: Obj, state: Mapping[str, Any], inputs: Any) -> Obj:
        return {**obj, "_state": dict(state), "_inputs": inputs.model_dump(mode="json")}
