"""Lookups for Pulumi programs: a deployment by name or id, its revisions (listed, or one by id), GitHub integrations and repositories,
a tag value by key and value.

They run when the program runs (plain functions, not resources), with the same settings as the
resources: explicit `settings`, else the stack's `langsmith:*` config, else the environment. Deployment
variable values are never returned (the API does not tell secrets from plain variables): only names.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

import pulumi

from .client import Api, LangSmithClient
from .config import ProviderSettings, resolve_settings
from .errors import ConflictError, NotFoundError
from .resources.deployment import OWNER_ENV_VAR


def _settings(settings: ProviderSettings | None) -> ProviderSettings:
    if settings is not None:
        return settings
    config = pulumi.Config("langsmith")
    return resolve_settings(lambda key: config.get(key.split(":", 1)[1]))


def _client(settings: ProviderSettings | None) -> LangSmithClient:
    return LangSmithClient(_settings(settings))


def _public(deployment: dict[str, Any]) -> dict[str, Any]:
    """A deployment without variable values; `variable_names` lists its variables."""
    names = sorted(s["name"] for s in deployment.get("secrets") or [] if s.get("name") != OWNER_ENV_VAR)
    return {**{k: v for k, v in deployment.items() if k != "secrets"}, "variable_names": names}


def get_deployment(
    *,
    name: str | None = None,
    deployment_id: str | None = None,
    workspace_id: str | None = None,
    settings: ProviderSettings | None = None,
) -> dict[str, Any]:
    """The deployment with this exact name or id (`NotFoundError` when there is none)."""
    if (name is None) == (deployment_id is None):
        raise ValueError("get_deployment needs exactly one of name= or deployment_id=")
    client = _client(settings)
    tenant = workspace_id or client.settings.workspace_id
    if deployment_id is not None:
        return _public(client.get(f"/v2/deployments/{deployment_id}", api=Api.CONTROL_PLANE, tenant_id=tenant))
    for deployment in client.paginate_resources("/v2/deployments", params={"name_contains": name}, tenant_id=tenant):
        if deployment.get("name") == name:
            return _public(deployment)
    raise NotFoundError("GET", "/v2/deployments", 404, f"no deployment named {name!r}")


def list_deployment_revisions(
    deployment_id: str,
    *,
    status: list[str] | None = None,
    workspace_id: str | None = None,
    settings: ProviderSettings | None = None,
) -> list[dict[str, Any]]:
    """A deployment's revisions, newest first, optionally only those with one of the `status` values."""
    client = _client(settings)
    params = {"status": ",".join(status)} if status else {}
    return list(
        client.paginate_resources(
            f"/v2/deployments/{deployment_id}/revisions",
            params=params,
            tenant_id=workspace_id or client.settings.workspace_id,
        )
    )


def get_deployment_revision(
    revision_id: str,
    *,
    deployment_id: str,
    workspace_id: str | None = None,
    settings: ProviderSettings | None = None,
) -> dict[str, Any]:
    """One revision of a deployment: its `status`, `source` and `source_revision_config` (the image or the git
    ref and commit it deployed); `NotFoundError` when the deployment has no such revision."""
    client = _client(settings)
    return dict(
        client.get(
            f"/v2/deployments/{deployment_id}/revisions/{revision_id}",
            api=Api.CONTROL_PLANE,
            tenant_id=workspace_id or client.settings.workspace_id,
        )
    )


def get_github_integration(
    *, name: str | None = None, workspace_id: str | None = None, settings: ProviderSettings | None = None
) -> dict[str, Any]:
    """The GitHub App integration with this account name (the only one when `name` is None)."""
    client = _client(settings)
    integrations = client.get(
        "/v1/integrations/github/install", api=Api.CONTROL_PLANE, tenant_id=workspace_id or client.settings.workspace_id
    )
    matches = [i for i in integrations or [] if name is None or i.get("name") == name]
    if len(matches) != 1:
        found = ", ".join(repr(i.get("name")) for i in integrations or []) or "none"
        wanted = f"named {name!r}" if name else "(exactly one)"
        raise NotFoundError(
            "GET", "/v1/integrations/github/install", 404, f"no GitHub integration {wanted}; found {found}"
        )
    return matches[0]


def list_github_repositories(
    integration_id: str, *, workspace_id: str | None = None, settings: ProviderSettings | None = None
) -> list[dict[str, Any]]:
    """Repositories a GitHub integration can deploy from (`url` and `default_branch` feed a `Deployment`)."""
    client = _client(settings)
    return client.get(
        f"/v1/integrations/github/{integration_id}/repos",
        api=Api.CONTROL_PLANE,
        tenant_id=workspace_id or client.settings.workspace_id,
    )


def get_project(
    *, name: str, workspace_id: str | None = None, settings: ProviderSettings | None = None
) -> dict[str, Any]:
    """The tracing project (tracer session) with this exact name, e.g. one made by tracing rather than by
    Pulumi: its `id` is the `session_id` of run rules and alert rules (`NotFoundError` when there is none)."""
    client = _client(settings)
    tenant = workspace_id or client.settings.workspace_id
    for project in client.get("/api/v1/sessions", params={"name": name}, tenant_id=tenant) or []:
        if project.get("name") == name:
            return dict(project)
    raise NotFoundError("GET", "/api/v1/sessions", 404, f"no project named {name!r}")


def get_evaluator(
    *, name: str, workspace_id: str | None = None, settings: ProviderSettings | None = None
) -> dict[str, Any]:
    """The evaluator with this exact name, including one made in the UI (its `id` is a run rule's
    `evaluator_id`). `NotFoundError` when there is none; `ConflictError` when several share the name."""
    client = _client(settings)
    tenant = workspace_id or client.settings.workspace_id
    found, offset = [], 0
    while True:
        page = (
            client.get(
                "/v1/platform/evaluators",
                params={"name_contains": name, "limit": 100, "offset": offset},
                tenant_id=tenant,
            )
            or {}
        )
        evaluators = page.get("evaluators") or []
        found += [e for e in evaluators if e.get("name") == name]
        offset += len(evaluators)
        if len(evaluators) < 100 or offset >= int(page.get("total") or 0):
            break
    if not found:
        raise NotFoundError("GET", "/v1/platform/evaluators", 404, f"no evaluator named {name!r}")
    if len(found) > 1:
        ids = ", ".join(str(e.get("id")) for e in found)
        raise ConflictError("GET", "/v1/platform/evaluators", 409, f"several evaluators are named {name!r}: {ids}")
    return dict(found[0])


def list_run_rules(
    *,
    session_id: str | None = None,
    dataset_id: str | None = None,
    name_contains: str | None = None,
    workspace_id: str | None = None,
    settings: ProviderSettings | None = None,
) -> list[dict[str, Any]]:
    """The run rules of a project (`session_id`) or dataset (`dataset_id`), or of the workspace, optionally
    only those whose name contains `name_contains`. Webhook URLs and headers and PagerDuty routing keys are
    left out (they are credentials): `webhook_count` and `alert_count` say how many there are."""
    client = _client(settings)
    params = {
        k: v
        for k, v in {"session_id": session_id, "dataset_id": dataset_id, "name_contains": name_contains}.items()
        if v
    }
    rules = client.get("/api/v1/runs/rules", params=params, tenant_id=workspace_id or client.settings.workspace_id)
    return [
        {
            **{k: v for k, v in rule.items() if k not in ("webhooks", "alerts")},
            "webhook_count": len(rule.get("webhooks") or []),
            "alert_count": len(rule.get("alerts") or []),
        }
        for rule in rules or []
    ]


def get_dataset(
    *, name: str, tag: str | None = None, workspace_id: str | None = None, settings: ProviderSettings | None = None
) -> dict[str, Any]:
    """The dataset with this exact name (`NotFoundError` when there is none), with `version`: the version a tag
    names (`{"as_of", "tags"}`; `NotFoundError` when no version has the tag), or the latest one without `tag`.
    Pin evaluations to `version["as_of"]`."""
    client = _client(settings)
    tenant = workspace_id or client.settings.workspace_id
    found = [d for d in client.get("/api/v1/datasets", params={"name": name}, tenant_id=tenant) or []]
    found = [d for d in found if d.get("name") == name]
    if not found:
        raise NotFoundError("GET", "/api/v1/datasets", 404, f"no dataset named {name!r}")
    dataset = dict(found[0])
    params = {"tag": tag} if tag is not None else {}
    dataset["version"] = client.get(f"/api/v1/datasets/{dataset['id']}/version", params=params, tenant_id=tenant)
    return dataset


def get_prompt(
    name: str, *, ref: str = "latest", workspace_id: str | None = None, settings: ProviderSettings | None = None
) -> dict[str, Any]:
    """The commit of prompt `name` (`owner/repo`, or `repo` for the workspace's own) that `ref` names: a tag
    (`prod`), a commit hash, or `latest` (the default). Returns `owner`, `repo_handle`, `ref`, `commit_hash`,
    `manifest` and `template` (the manifest as `Prompt`'s typed template, None when it has another shape).
    `NotFoundError` when the prompt or the ref does not exist. One request."""
    from .prompt_manifest import from_manifest

    owner, _, handle = name.rpartition("/")
    if not handle or "/" in owner or not ref.strip():
        raise ValueError("get_prompt: name is 'owner/repo' or 'repo', and ref a tag, a commit hash or 'latest'")
    owner = owner or "-"
    client = _client(settings)
    path = f"/commits/{owner}/{handle}/{ref}"  # a Go-root route: `/api/commits/...` when self-hosted
    try:
        commit = client.get(path, tenant_id=workspace_id or client.settings.workspace_id) or {}
    except NotFoundError:
        raise NotFoundError("GET", path, 404, f"prompt {owner}/{handle} has no tag or commit {ref!r}") from None
    manifest = commit.get("manifest") or {}
    return {
        "owner": owner,
        "repo_handle": handle,
        "ref": ref,
        "commit_hash": commit.get("commit_hash"),
        "manifest": manifest,
        "template": from_manifest(manifest),
    }


def get_annotation_queue(
    *, name: str, workspace_id: str | None = None, settings: ProviderSettings | None = None
) -> dict[str, Any]:
    """The annotation queue with this exact name (`NotFoundError` when there is none; `ValueError` when
    several share it: LangSmith does not make queue names unique)."""
    client = _client(settings)
    tenant = workspace_id or client.settings.workspace_id
    found = [q for q in client.paginate("/api/v1/annotation-queues", params={"name": name}, tenant_id=tenant)]
    found = [q for q in found if q.get("name") == name]
    if not found:
        raise NotFoundError("GET", "/api/v1/annotation-queues", 404, f"no annotation queue named {name!r}")
    if len(found) > 1:
        raise ValueError(f"{len(found)} annotation queues are named {name!r}; use the queue id instead")
    return dict(found[0])


# ---------------------------------------------------------------- the organisation and its workspaces


def _org(client: LangSmithClient) -> str | None:
    return client.settings.organization_id


def get_workspace(
    *, id: str | None = None, display_name: str | None = None, settings: ProviderSettings | None = None
) -> dict[str, Any]:
    """The workspace with this id, or with this exact display name (`NotFoundError` when there is none)."""
    if (id is None) == (display_name is None):
        raise ValueError("get_workspace needs exactly one of id= or display_name=")
    client = _client(settings)
    if id is not None:
        return dict(client.get(f"/api/v1/workspaces/{id}", organization_id=_org(client)) or {})
    for workspace in client.get("/api/v1/workspaces", organization_id=_org(client)) or []:
        if workspace.get("display_name") == display_name:
            return dict(workspace)
    raise NotFoundError("GET", "/api/v1/workspaces", 404, f"no workspace named {display_name!r}")


def get_organization(*, settings: ProviderSettings | None = None) -> dict[str, Any]:
    """The organisation of the API key: its id, name, plan and settings (`GET /api/v1/orgs/current/info`)."""
    client = _client(settings)
    return dict(client.get("/api/v1/orgs/current/info", organization_id=_org(client)) or {})


def get_info(*, settings: ProviderSettings | None = None) -> dict[str, Any]:
    """The LangSmith instance: `version`, `license_expiration_time`, `instance_flags` (the license's features),
    and `self_hosted` (from the provider's endpoint)."""
    client = _client(settings)
    info = dict(client.get("/api/v1/info") or {})
    return {**info, "self_hosted": client.settings.self_hosted}


def get_role(*, name: str, settings: ProviderSettings | None = None) -> dict[str, Any]:
    """The role with this system name (`WORKSPACE_ADMIN`, `WORKSPACE_VIEWER`, ...) or display name (any case),
    built-in or custom: its `id` is what `role_id` inputs take (`NotFoundError` when there is none)."""
    client = _client(settings)
    for role in client.get("/api/v1/orgs/current/roles", organization_id=_org(client)) or []:
        if role.get("name") == name or str(role.get("display_name", "")).lower() == name.lower():
            return dict(role)
    raise NotFoundError("GET", "/api/v1/orgs/current/roles", 404, f"no role named {name!r}")


def get_user(*, email: str, settings: ProviderSettings | None = None) -> dict[str, Any]:
    """The organisation member (active, else invited) with this email, any case (`NotFoundError` when none)."""
    client = _client(settings)
    members = client.get("/api/v1/orgs/current/members", organization_id=_org(client)) or {}
    wanted = email.strip().lower()
    for member in [*(members.get("members") or []), *(members.get("pending") or [])]:
        if str(member.get("email", "")).lower() == wanted:
            return dict(member)
    raise NotFoundError("GET", "/api/v1/orgs/current/members", 404, f"no member with email {email!r}")


def list_workspace_members(
    *, workspace_id: str | None = None, settings: ProviderSettings | None = None
) -> list[dict[str, Any]]:
    """The members of a workspace (default: the provider's), with their workspace `id` (identity) and role."""
    client = _client(settings)
    tenant = workspace_id or client.settings.workspace_id
    answer = client.get("/api/v1/workspaces/current/members", tenant_id=tenant) or {}
    return [dict(m) for m in answer.get("members") or []]


def list_workspace_secret_names(
    *, workspace_id: str | None = None, settings: ProviderSettings | None = None
) -> list[str]:
    """The names of a workspace's secrets; values are never returned (LangSmith does not show them either)."""
    client = _client(settings)
    tenant = workspace_id or client.settings.workspace_id
    return sorted(str(s["key"]) for s in client.get("/api/v1/workspaces/current/secrets", tenant_id=tenant) or [])


def _iso(value: datetime | str) -> str:
    if isinstance(value, datetime):
        return (value if value.tzinfo else value.replace(tzinfo=timezone.utc)).isoformat()
    return value


def list_audit_logs(
    *,
    start_time: datetime | str,
    end_time: datetime | str,
    operations: list[str] | None = None,
    workspace_id: str | None = None,
    settings: ProviderSettings | None = None,
) -> list[dict[str, Any]]:
    """The organisation's audit log between two times (inclusive; a time without zone is UTC): OCSF API Activity
    events, each with `api.operation` (e.g. `update_dataset`), `actor.user` (`uid`, the user, and
    `credential_uid`, the API key), `time` (epoch milliseconds), `resources` (the ids touched) and the original
    message under `unmapped.original_audit_log`. Reading it takes an organisation admin's key."""
    client = _client(settings)
    params: dict[str, Any] = {"start_time": _iso(start_time), "end_time": _iso(end_time), "limit": 100}
    if operations:
        params["operations"] = list(operations)
    if workspace_id:
        params["workspace_id"] = workspace_id
    events: list[dict[str, Any]] = []
    cursor: str | None = None
    while True:
        page = (
            client.get(
                "/api/v1/audit-logs",
                params={**params, **({"cursor": cursor} if cursor else {})},
                organization_id=_org(client),
            )
            or {}
        )
        events.extend(dict(e) for e in page.get("items") or [])
        cursor = page.get("cursor")
        if not cursor or not page.get("items"):
            return events


def get_model_configuration(
    *, name: str, workspace_id: str | None = None, settings: ProviderSettings | None = None
) -> dict[str, Any]:
    """The model configuration (playground settings) with this exact name, including one made in the UI: its
    `id` (what a gateway route config's fallbacks name as `model_config_id`), and for simple settings its
    `provider`, `model` and `secret_name` (the workspace secret it reads). The OAuth client secret the API
    echoes is left out. `NotFoundError` when there is none; `ConflictError` when several share the name
    (LangSmith does not make them unique)."""
    client = _client(settings)
    tenant = workspace_id or client.settings.workspace_id
    found = [c for c in client.get("/api/v1/playground-settings", tenant_id=tenant) or [] if c.get("name") == name]
    if not found:
        raise NotFoundError("GET", "/api/v1/playground-settings", 404, f"no model configuration named {name!r}")
    if len(found) > 1:
        ids = ", ".join(str(c.get("id")) for c in found)
        raise ConflictError(
            "GET", "/api/v1/playground-settings", 409, f"several model configurations are named {name!r}: {ids}"
        )
    config = {k: v for k, v in found[0].items() if k != "oauth_client_secret"}
    settings_ = config.get("settings") or {}
    if config.get("settings_type") == "simple":
        provider, _, model = str(settings_.get("modelId") or "").partition(":")
        config.update(provider=provider or None, model=model or None, secret_name=settings_.get("envVarName"))
    return config


# -- a deployment's Agent Server ------------------------------------------------------------------------


def _agent_search(client: LangSmithClient, url: str, path: str, body: dict[str, Any]) -> list[dict[str, Any]]:
    """Every result of an Agent Server search (`offset`/`limit` in the body), in pages of 100."""
    found: list[dict[str, Any]] = []
    while True:
        page = client.post(path, {**body, "limit": 100, "offset": len(found)}, api=Api.AGENT_SERVER, base_url=url)
        found.extend(page or [])
        if len(page or []) < 100:
            return found


def list_assistants(
    *, url: str, graph_id: str | None = None, settings: ProviderSettings | None = None
) -> list[dict[str, Any]]:
    """The assistants of the Agent Server at `url` (usually `Deployment.url`), of one graph if given,
    including the default one the server makes for each graph (`metadata.created_by == "system"`)."""
    body = {"graph_id": graph_id} if graph_id else {}
    return _agent_search(_client(settings), url, "/assistants/search", body)


def get_assistant(
    *,
    url: str,
    assistant_id: str | None = None,
    name: str | None = None,
    settings: ProviderSettings | None = None,
) -> dict[str, Any]:
    """One assistant of the Agent Server at `url`, by id or by exact name (`NotFoundError` when there is
    none; `ConflictError` when several share the name: names are not unique on the server)."""
    if (assistant_id is None) == (name is None):
        raise ValueError("get_assistant takes exactly one of assistant_id= or name=")
    client = _client(settings)
    if assistant_id is not None:
        return dict(client.get(f"/assistants/{assistant_id}", api=Api.AGENT_SERVER, base_url=url))
    named = [a for a in _agent_search(client, url, "/assistants/search", {"name": name}) if a.get("name") == name]
    if not named:
        raise NotFoundError("POST", "/assistants/search", 404, f"no assistant named {name!r}")
    if len(named) > 1:
        ids = ", ".join(str(a.get("assistant_id")) for a in named)
        raise ConflictError("POST", "/assistants/search", 409, f"{len(named)} assistants are named {name!r}: {ids}")
    return dict(named[0])


def list_crons(
    *, url: str, assistant_id: str | None = None, settings: ProviderSettings | None = None
) -> list[dict[str, Any]]:
    """The active crons of the Agent Server at `url` (the server's search lists active ones only), of one
    assistant if given."""
    body = {"assistant_id": assistant_id} if assistant_id else {}
    return _agent_search(_client(settings), url, "/runs/crons/search", body)


def list_gateway_policies(
    *,
    subject: str | tuple[str, str] | None = None,
    policy_type: str | None = None,
    settings: ProviderSettings | None = None,
) -> list[dict[str, Any]]:
    """The organization's gateway policies, including those the gateway materialized from defaults (they carry
    `parent_policy_id`). `subject`: only policies that match this subject, given as a `(key, value)` pair such
    as `("workspace_id", ws_id)`, or as `"key=value"`; `policy_type`: only this type (e.g. `spend_cap`)."""
    params: dict[str, str] = {}
    if policy_type is not None:
        params["policy_type"] = policy_type
    if subject is not None:
        key, separator, value = subject.partition("=") if isinstance(subject, str) else (subject[0], "=", subject[1])
        if not separator or not key:
            raise ValueError(
                "list_gateway_policies: subject is ('key', 'value') or 'key=value', e.g. 'workspace_id=<id>'"
            )
        params.update(subject_matcher_key=key, subject_matcher_value=value)
    client = _client(settings)
    return list(
        client.get("/v1/platform/gateway-policies", params=params, organization_id=client.settings.organization_id)
        or []
    )


def get_tag_value(
    *, key: str, value: str, workspace_id: str | None = None, settings: ProviderSettings | None = None
) -> dict[str, Any]:
    """The tag value `value` of the tag key `key` in the workspace (`NotFoundError` when either is missing).

    Returns the `TagValue` object (`id`, `value`, `tag_key_id`, `description`, ...) plus `key`, the key's name:
    its `id` feeds a `Tagging`. Two requests: the workspace's keys, then that key's values.
    """
    client = _client(settings)
    tenant = workspace_id or client.settings.workspace_id
    keys_path = "/api/v1/workspaces/current/tag-keys"
    tag_key = next((k for k in client.get(keys_path, tenant_id=tenant) or [] if k.get("key") == key), None)
    if tag_key is None:
        raise NotFoundError("GET", keys_path, 404, f"no tag key {key!r}")
    values_path = f"{keys_path}/{tag_key['id']}/tag-values"
    found = next((v for v in client.get(values_path, tenant_id=tenant) or [] if v.get("value") == value), None)
    if found is None:
        raise NotFoundError("GET", values_path, 404, f"tag key {key!r} has no value {value!r}")
    return {**found, "key": key}
