"""Run rules (`/api/v1/runs/rules`), evaluators (`/v1/platform/evaluators`) and alert rules
(`/v1/platform/alerts/{session_id}`).

`router` is mounted at `/api/v1`; `platform_router` (the Go service) at `/v1/platform` and at the
self-hosted `/api/v1/platform`. All three are workspace-scoped. As the real API does:

- Run rules have no item GET: they are read through the list, which filters by `id` (repeatable),
  `session_id`, `dataset_id`, `type`, `name_contains` and `evaluator_id`. A rule belongs to exactly one
  project (`session_id`) or dataset (`dataset_id`); `evaluator_id` together with inline `evaluators` or
  `code_evaluators` is refused; both are 422s (`HTTPValidationError`). Every PATCH carries `display_name`
  and `sampling_rate` (required by `RunRulesUpdateSchema`) and changes the fields it sends. The server
  echoes what the rule evaluates with: a rule with inline evaluators gets a generated evaluator
  (`evaluator_id`, deleted with the rule), a rule naming an evaluator gets its prompt or code echoed as
  `evaluators` / `code_evaluators`. `backfill_from` is read at creation only.
- Evaluators answer create and PATCH with `{evaluator: {...}}`, GET bare, and errors as `{error}`.
  DELETE is 409 while a run rule uses the evaluator, unless `?delete_run_rules=true` deletes those first.
- Alert rules are nested under a session (`{rule, actions}`); there is no list. PATCH replaces the rule
  and all its actions and answers `{}` (the spec's map whose values must be both a string and an object
  admits only an empty map); DELETE answers `{}` too.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal
from uuid import UUID, uuid4

from fastapi import APIRouter, HTTPException, Query, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

from ...auth import Principal, StoreDep, WorkspaceCaller, requires
from ...store import Document, Store
from ..langsmith.schemas import utcnow
from ..langsmith.tables import DATASETS, SESSIONS
from .schemas import (
    AlertRuleResponse,
    CreateAlertRuleRequest,
    CreateEvaluatorRequest,
    Evaluator,
    EvaluatorEnvelope,
    ListEvaluatorsResponse,
    RunRulesCreateSchema,
    RunRulesSchema,
    RunRulesUpdateSchema,
    UpdateEvaluatorRequest,
)
from .tables import ALERT_RULES, EVALUATORS, RUN_RULES

router = APIRouter()
platform_router = APIRouter()

UuidList = Annotated[list[UUID] | None, Query()]


def invalid(field: str, message: str) -> RequestValidationError:
    """A 422 as FastAPI words it (`HTTPValidationError`)."""
    return RequestValidationError([{"type": "value_error", "loc": ("body", field), "msg": message, "input": None}])


def go_error(status: int, message: str) -> JSONResponse:
    """The Go service's error shape (`evaluators.ErrorResponse`, `alerts.ErrorResponse`)."""
    return JSONResponse({"error": message}, status_code=status)


# ================================================================ run rules


def _session(store: Store, workspace_id: str, session_id: object) -> Document | None:
    return store.get_in(SESSIONS, workspace_id, session_id)


def _rule_view(store: Store, doc: Document) -> Document:
    """A stored rule with the names of what it points at, as the list answers it."""
    workspace_id = doc["tenant_id"]
    session = _session(store, workspace_id, doc["session_id"]) if doc.get("session_id") else None
    dataset = store.get_in(DATASETS, workspace_id, doc["dataset_id"]) if doc.get("dataset_id") else None
    return {
        **{k: v for k, v in doc.items() if not k.startswith("_")},
        "session_name": (session or {}).get("name"),
        "dataset_name": (dataset or {}).get("name"),
    }


def _evaluator_echo(store: Store, workspace_id: str, evaluator_id: str) -> Document:
    """What the server echoes for a rule that names an evaluator: its prompt or code, inline."""
    evaluator = store.get_in(EVALUATORS, workspace_id, evaluator_id)
    if evaluator is None:
        raise HTTPException(status_code=404, detail="Evaluator not found")
    if evaluator["type"] == "code":
        code = evaluator.get("code_evaluator") or {}
        return {
            "evaluators": None,
            "code_evaluators": [{"code": code.get("code", ""), "language": code.get("language") or "python"}],
        }
    llm = evaluator.get("llm_evaluator") or {}
    hub_ref = llm.get("prompt_repo_handle")
    if hub_ref and llm.get("commit_hash_or_tag"):
        hub_ref = f"{hub_ref}:{llm['commit_hash_or_tag']}"
    structured = {"hub_ref": hub_ref, "variable_mapping": llm.get("variable_mapping") or None}
    return {"evaluators": [{"structured": structured}], "code_evaluators": None}


def _generate_evaluator(store: Store, workspace_id: str, rule: Document) -> str:
    """The evaluator the server makes for a rule's inline evaluators (deleted with the rule)."""
    now = utcnow().isoformat()
    evaluator_id = str(uuid4())
    code = (rule.get("code_evaluators") or [None])[0]
    doc: Document = {
        "id": evaluator_id,
        "tenant_id": workspace_id,
        "name": f"{rule['display_name']} evaluator",
        "type": "code" if code else "llm",
        "created_at": now,
        "updated_at": now,
        "_generated_for": rule["id"],
    }
    if code:
        doc["code_evaluator"] = {"code": code["code"], "language": code.get("language") or "python"}
    else:
        structured = rule["evaluators"][0]["structured"]
        doc["llm_evaluator"] = {
            "prompt_repo_handle": structured.get("hub_ref") or "inline",
            "variable_mapping": structured.get("variable_mapping") or {},
        }
    store.insert(EVALUATORS, doc, scope=workspace_id)
    return evaluator_id


def _apply_evaluators(store: Store, workspace_id: str, rule: Document, changes: Document) -> None:
    """Set the rule's evaluator from `changes` (an id, or inline evaluators), with the server's echoes."""
    inline = bool(changes.get("evaluators") or changes.get("code_evaluators"))
    if changes.get("evaluator_id") is not None:
        if inline:
            raise invalid("evaluator_id", "evaluator_id cannot be combined with evaluators or code_evaluators")
        _drop_generated_evaluator(store, workspace_id, rule)
        rule["evaluator_id"] = str(changes["evaluator_id"])
        rule.update(_evaluator_echo(store, workspace_id, rule["evaluator_id"]))
    elif inline:
        _drop_generated_evaluator(store, workspace_id, rule)
        rule["evaluators"] = changes.get("evaluators")
        rule["code_evaluators"] = changes.get("code_evaluators")
        rule["evaluator_id"] = _generate_evaluator(store, workspace_id, rule)
        rule["_generated_evaluator"] = rule["evaluator_id"]


def _drop_generated_evaluator(store: Store, workspace_id: str, rule: Document) -> None:
    generated = rule.pop("_generated_evaluator", None)
    if generated:
        store.delete(EVALUATORS, [generated])
    rule.update(evaluator_id=None, evaluators=None, code_evaluators=None)


def _check_scope(store: Store, principal: Principal, session_id: Any, dataset_id: Any) -> None:
    if (session_id is None) == (dataset_id is None):
        raise invalid("session_id", "Exactly one of session_id or dataset_id must be set")
    if session_id is not None and _session(store, principal.workspace_id, session_id) is None:
        raise HTTPException(status_code=404, detail="Session not found")
    if dataset_id is not None and store.get_in(DATASETS, principal.workspace_id, dataset_id) is None:
        raise HTTPException(status_code=404, detail="Dataset not found")


def _spend_limit(value: Document | None) -> Document | None:
    """A spend limit as the API returns it: the amount as a decimal string."""
    return None if value is None else {"limit_usd": str(value["limit_usd"]), "window": value["window"]}


def _check_sampling_rate(rate: float) -> None:
    if not 0.0 <= rate <= 1.0:
        raise invalid("sampling_rate", "sampling_rate must be between 0 and 1")


def _workspace_rule(store: Store, principal: Principal, rule_id: UUID) -> Document:
    doc = store.get_in(RUN_RULES, principal.workspace_id, rule_id)
    if doc is None:
        raise HTTPException(status_code=404, detail="Rule not found")
    return doc


@router.get("/runs/rules", response_model=list[RunRulesSchema], dependencies=[requires("rules:read")])
async def list_rules(
    principal: WorkspaceCaller,
    store: StoreDep,
    dataset_id: UUID | None = None,
    session_id: UUID | None = None,
    type: Literal["session", "dataset"] | None = None,
    name_contains: str | None = None,
    id: UuidList = None,
    evaluator_id: UUID | None = None,
    tag_value_id: UuidList = None,
    include_backfill_progress: bool = False,
) -> list[Document]:
    """The workspace's run rules, oldest first, filtered (every filter given must match)."""
    if tag_value_id:
        raise HTTPException(
            status_code=400, detail="The LangSmith emulator does not support the 'tag_value_id' filter."
        )
    wanted_ids = {str(i) for i in id or []}
    found = []
    for doc in store.list(RUN_RULES, principal.workspace_id):
        if wanted_ids and doc["id"] not in wanted_ids:
            continue
        if session_id is not None and doc.get("session_id") != str(session_id):
            continue
        if dataset_id is not None and doc.get("dataset_id") != str(dataset_id):
            continue
        if type is not None and not doc.get(f"{type}_id"):
            continue
        if name_contains is not None and name_contains.lower() not in doc["display_name"].lower():
            continue
        if evaluator_id is not None and doc.get("evaluator_id") != str(evaluator_id):
            continue
        found.append(_rule_view(store, doc))
    return found


@router.post("/runs/rules", response_model=RunRulesSchema, dependencies=[requires("rules:create")])
async def create_rule(body: RunRulesCreateSchema, principal: WorkspaceCaller, store: StoreDep) -> Document:
    """A new run rule (ids are the server's: the API takes no client id)."""
    with store.transaction():
        _check_scope(store, principal, body.session_id, body.dataset_id)
        _check_sampling_rate(body.sampling_rate)
        now = utcnow().isoformat()
        values = body.model_dump(mode="json", by_alias=True)
        doc: Document = {
            key: values.get(key)
            for key in RunRulesSchema.model_fields
            if key in values and key not in ("evaluators", "code_evaluators", "evaluator_id")
        }
        doc.update(
            id=str(uuid4()),
            tenant_id=principal.workspace_id,
            webhooks=values.get("webhooks") or [],
            created_at=now,
            updated_at=now,
            evaluator_version=values.get("evaluator_version") or 1,
            spend_limit=_spend_limit(values.get("spend_limit")),
            evaluator_id=None,
            evaluators=None,
            code_evaluators=None,
        )
        _apply_evaluators(store, principal.workspace_id, doc, values)
        store.insert(RUN_RULES, doc, scope=principal.workspace_id)
    return _rule_view(store, doc)


@router.patch("/runs/rules/{rule_id}", response_model=RunRulesSchema, dependencies=[requires("rules:update")])
async def update_rule(
    rule_id: UUID, body: RunRulesUpdateSchema, principal: WorkspaceCaller, store: StoreDep
) -> Document:
    """Change the fields sent (`display_name` and `sampling_rate` are always sent); `backfill_from` is ignored."""
    with store.transaction():
        doc = _workspace_rule(store, principal, rule_id)
        changes = body.model_dump(mode="json", by_alias=True, exclude_unset=True)
        changes.pop("backfill_from", None)  # read at creation only
        session_id = changes.get("session_id", doc.get("session_id"))
        dataset_id = changes.get("dataset_id", doc.get("dataset_id"))
        _check_scope(store, principal, session_id, dataset_id)
        _check_sampling_rate(body.sampling_rate)
        evaluator_changes: Document = {
            k: changes.pop(k) for k in ("evaluator_id", "evaluators", "code_evaluators") if k in changes
        }
        if evaluator_changes:
            if not any(evaluator_changes.values()):
                _drop_generated_evaluator(store, principal.workspace_id, doc)
            else:
                _apply_evaluators(store, principal.workspace_id, doc, evaluator_changes)
        if "webhooks" in changes:
            changes["webhooks"] = changes["webhooks"] or []
        if "spend_limit" in changes:
            changes["spend_limit"] = _spend_limit(changes["spend_limit"])
        if changes.get("evaluator_version", 0) is None:
            del changes["evaluator_version"]  # a rule always has a version
        doc.update(
            {k: v for k, v in changes.items() if k in RunRulesSchema.model_fields}, updated_at=utcnow().isoformat()
        )
        store.replace(RUN_RULES, doc, scope=principal.workspace_id)
    return _rule_view(store, doc)


def _delete_rules(store: Store, workspace_id: str, rules: list[Document]) -> None:
    for rule in rules:
        _drop_generated_evaluator(store, workspace_id, rule)
    store.delete(RUN_RULES, [r["id"] for r in rules], scope=workspace_id)


@router.delete("/runs/rules/{rule_id}", dependencies=[requires("rules:delete")])
async def delete_rule(rule_id: UUID, principal: WorkspaceCaller, store: StoreDep) -> None:
    """Delete a run rule (and the evaluator the server generated for its inline evaluators)."""
    with store.transaction():
        _delete_rules(store, principal.workspace_id, [_workspace_rule(store, principal, rule_id)])


# ================================================================ evaluators


def _rules_using(store: Store, workspace_id: str, evaluator_id: str) -> list[Document]:
    return [r for r in store.list(RUN_RULES, workspace_id) if r.get("evaluator_id") == evaluator_id]


def _evaluator_view(store: Store, doc: Document) -> Document:
    workspace_id = doc["tenant_id"]
    rules = []
    for rule in _rules_using(store, workspace_id, doc["id"]):
        view = _rule_view(store, rule)
        rules.append(
            {k: view[k] for k in ("id", "session_id", "session_name", "dataset_id", "dataset_name") if view.get(k)}
        )
    view = {k: v for k, v in doc.items() if not k.startswith("_") and v is not None}
    for child in ("llm_evaluator", "code_evaluator"):
        if child in view:
            view[child] = {**view[child], "evaluator_id": doc["id"]}
    return {**view, "run_rules": rules, "feedback_keys": [], "is_managed": False}


def _workspace_evaluator(store: Store, principal: Principal, evaluator_id: str) -> Document | None:
    return store.get_in(EVALUATORS, principal.workspace_id, evaluator_id)


def _evaluator_config(kind: str, config: Document | None) -> Document:
    """The stored config of an `llm` or `code` evaluator (the model configuration is not read back)."""
    values = {k: v for k, v in (config or {}).items() if v is not None and k != "playground_settings_id"}
    if kind == "code":
        values.setdefault("language", "python")
    return values


@platform_router.get(
    "/evaluators",
    response_model=ListEvaluatorsResponse,
    response_model_exclude_none=True,
    dependencies=[requires("rules:read")],
)
async def list_evaluators(
    principal: WorkspaceCaller,
    store: StoreDep,
    type: str = Query(default=None),
    name_contains: str = Query(default=None),
    tag_value_id: list[str] = Query(default=None),
    feedback_key: str = Query(default=None),
    resource_id: list[str] = Query(default=None),
    sort_by: str = Query(default=None),
    sort_by_desc: bool = Query(default=None),
    limit: int = 100,
    offset: int = 0,
) -> Any:
    """The workspace's evaluators, oldest first; `name_contains` matches any part of the name, any case."""
    if not 1 <= limit <= 100 or offset < 0:
        return go_error(400, "limit must be between 1 and 100 and offset not negative")
    docs = store.list(EVALUATORS, principal.workspace_id)
    if type is not None:
        docs = [d for d in docs if d["type"] == type]
    if name_contains is not None:
        docs = [d for d in docs if name_contains.lower() in d["name"].lower()]
    if sort_by_desc:
        docs.reverse()
    return {"evaluators": [_evaluator_view(store, d) for d in docs[offset : offset + limit]], "total": len(docs)}


def _check_evaluator(kind: str, llm: Any, code: Any) -> str | None:
    if kind == "llm" and (llm is None or not llm.get("prompt_repo_handle")):
        return "an llm evaluator needs llm_evaluator.prompt_repo_handle"
    if kind == "code" and (code is None or not code.get("code")):
        return "a code evaluator needs code_evaluator.code"
    if (kind == "llm" and code is not None) or (kind == "code" and llm is not None):
        return f"a {kind} evaluator takes only {kind}_evaluator"
    return None


@platform_router.post(
    "/evaluators",
    response_model=EvaluatorEnvelope,
    response_model_exclude_none=True,
    status_code=201,
    dependencies=[requires("rules:create")],
)
async def create_evaluator(body: CreateEvaluatorRequest, principal: WorkspaceCaller, store: StoreDep) -> Any:
    """A new evaluator (`{evaluator: {...}}`); names need not be unique."""
    values = body.model_dump(mode="json", exclude_none=True)
    if not values.get("name") or body.type is None:
        return go_error(400, "name and type are required")
    kind = body.type.value
    error = _check_evaluator(kind, values.get("llm_evaluator"), values.get("code_evaluator"))
    if error:
        return go_error(400, error)
    now = utcnow().isoformat()
    doc: Document = {
        "id": str(uuid4()),
        "tenant_id": principal.workspace_id,
        "name": values["name"],
        "type": kind,
        f"{kind}_evaluator": _evaluator_config(kind, values.get(f"{kind}_evaluator")),
        "created_at": now,
        "updated_at": now,
    }
    with store.transaction():
        store.insert(EVALUATORS, doc, scope=principal.workspace_id)
    return {"evaluator": _evaluator_view(store, doc)}


@platform_router.get(
    "/evaluators/{evaluator_id}",
    response_model=Evaluator,
    response_model_exclude_none=True,
    dependencies=[requires("rules:read")],
)
async def get_evaluator(evaluator_id: str, principal: WorkspaceCaller, store: StoreDep) -> Any:
    """One evaluator, bare (no envelope), with the rules that use it."""
    doc = _workspace_evaluator(store, principal, evaluator_id)
    return go_error(404, "evaluator not found") if doc is None else _evaluator_view(store, doc)


@platform_router.patch(
    "/evaluators/{evaluator_id}",
    response_model=EvaluatorEnvelope,
    response_model_exclude_none=True,
    dependencies=[requires("rules:update")],
)
async def update_evaluator(
    evaluator_id: str, body: UpdateEvaluatorRequest, principal: WorkspaceCaller, store: StoreDep
) -> Any:
    """Change the name or the config of the evaluator's own type (`{evaluator: {...}}`)."""
    values = body.model_dump(mode="json", exclude_none=True)
    with store.transaction():
        doc = _workspace_evaluator(store, principal, evaluator_id)
        if doc is None:
            return go_error(404, "evaluator not found")
        kind = doc["type"]
        other = "code" if kind == "llm" else "llm"
        if f"{other}_evaluator" in values:
            return go_error(400, f"a {kind} evaluator takes only {kind}_evaluator; its type cannot change")
        if values.get("name") == "":
            return go_error(400, "name must not be empty")
        if "name" in values:
            doc["name"] = values["name"]
        if f"{kind}_evaluator" in values:
            merged = {**doc.get(f"{kind}_evaluator", {}), **values[f"{kind}_evaluator"]}
            doc[f"{kind}_evaluator"] = _evaluator_config(kind, merged)
        doc["updated_at"] = utcnow().isoformat()
        store.replace(EVALUATORS, doc, scope=principal.workspace_id)
        for rule in _rules_using(store, principal.workspace_id, doc["id"]):  # rules echo the evaluator's config
            if not rule.get("_generated_evaluator"):
                rule.update(_evaluator_echo(store, principal.workspace_id, doc["id"]))
                store.replace(RUN_RULES, rule, scope=principal.workspace_id)
    return {"evaluator": _evaluator_view(store, doc)}


@platform_router.delete(
    "/evaluators/{evaluator_id}",
    status_code=204,
    response_class=Response,
    response_model=None,
    dependencies=[requires("rules:delete")],
)
async def delete_evaluator(
    evaluator_id: str,
    principal: WorkspaceCaller,
    store: StoreDep,
    delete_run_rules: bool = Query(default=None),
) -> Response:
    """Delete an evaluator: 409 while run rules use it, unless `delete_run_rules` deletes them first."""
    with store.transaction():
        doc = _workspace_evaluator(store, principal, evaluator_id)
        if doc is None:
            return go_error(404, "evaluator not found")
        rules = _rules_using(store, principal.workspace_id, doc["id"])
        if rules and not delete_run_rules:
            names = ", ".join(r["display_name"] for r in rules)
            return go_error(409, f"evaluator is used by {len(rules)} run rule(s): {names}")
        _delete_rules(store, principal.workspace_id, rules)
        store.delete(EVALUATORS, [doc["id"]])
    return Response(status_code=204)


# ================================================================ alert rules


def _alert_view(doc: Document, session: Document) -> Document:
    return {
        "rule": {**doc["rule"], "session_id": session["id"], "session_name": session["name"]},
        "actions": doc["actions"],
    }


def _stored_alert(body: CreateAlertRuleRequest, rule_id: str, created_at: str) -> Document:
    now = utcnow().isoformat()
    rule = body.rule.model_dump(mode="json", exclude_none=True)
    rule.update(id=rule_id, created_at=created_at, updated_at=now)
    actions = [
        {**action.model_dump(mode="json", exclude_none=True), "id": str(uuid4()), "alert_rule_id": rule_id,
         "created_at": now, "updated_at": now}
        for action in body.actions
    ]  # fmt: skip
    return {"id": rule_id, "rule": rule, "actions": actions}


@platform_router.post(
    "/alerts/{session_id}",
    response_model=AlertRuleResponse,
    response_model_exclude_none=True,
    status_code=201,
    dependencies=[requires("alerts:create")],
)
async def create_alert_rule(
    session_id: str, body: CreateAlertRuleRequest, principal: WorkspaceCaller, store: StoreDep
) -> Any:
    """A new alert rule of the session, with its actions."""
    with store.transaction():
        session = _session(store, principal.workspace_id, session_id)
        if session is None:
            return go_error(400, "session not found")
        if not body.actions:
            return go_error(400, "an alert rule needs at least one action")
        doc = _stored_alert(body, str(uuid4()), utcnow().isoformat())
        doc["session_id"] = session["id"]
        store.insert(ALERT_RULES, doc, scope=principal.workspace_id)
    return _alert_view(doc, session)


def _session_alert(store: Store, principal: Principal, session_id: str, alert_rule_id: str) -> tuple[Any, Any]:
    session = _session(store, principal.workspace_id, session_id)
    doc = store.get_in(ALERT_RULES, principal.workspace_id, alert_rule_id)
    if session is None or doc is None or doc.get("session_id") != session["id"]:
        return None, None
    return doc, session


@platform_router.get(
    "/alerts/{session_id}/{alert_rule_id}",
    response_model=AlertRuleResponse,
    response_model_exclude_none=True,
    dependencies=[requires("alerts:read")],
)
async def get_alert_rule(session_id: str, alert_rule_id: str, principal: WorkspaceCaller, store: StoreDep) -> Any:
    """One alert rule of the session with its actions."""
    doc, session = _session_alert(store, principal, session_id, alert_rule_id)
    return go_error(404, "alert rule not found") if doc is None else _alert_view(doc, session)


@platform_router.patch(
    "/alerts/{session_id}/{alert_rule_id}",
    response_model=dict[str, Any],
    dependencies=[requires("alerts:update")],
)
async def update_alert_rule(
    session_id: str, alert_rule_id: str, body: CreateAlertRuleRequest, principal: WorkspaceCaller, store: StoreDep
) -> Any:
    """Replace the rule and all its actions."""
    with store.transaction():
        doc, _session_doc = _session_alert(store, principal, session_id, alert_rule_id)
        if doc is None:
            return go_error(404, "alert rule not found")
        if not body.actions:
            return go_error(400, "an alert rule needs at least one action")
        updated = _stored_alert(body, doc["id"], doc["rule"]["created_at"])
        updated["session_id"] = doc["session_id"]
        store.replace(ALERT_RULES, updated, scope=principal.workspace_id)
    return {}


@platform_router.delete(
    "/alerts/{session_id}/{alert_rule_id}",
    response_model=dict[str, Any],
    dependencies=[requires("alerts:delete")],
)
async def delete_alert_rule(session_id: str, alert_rule_id: str, principal: WorkspaceCaller, store: StoreDep) -> Any:
    """Delete an alert rule and its actions."""
    with store.transaction():
        doc, _session_doc = _session_alert(store, principal, session_id, alert_rule_id)
        if doc is None:
            return go_error(404, "alert rule not found")
        store.delete(ALERT_RULES, [doc["id"]], scope=principal.workspace_id)
    return {}
