"""Model configurations (`/api/v1/playground-settings`), model price maps (`/api/v1/model-price-map`) and the
feature model settings (the Go `/v1/platform/features`, also at the self-hosted `/api/v1/platform`).

As the real API does:

- Model configurations are workspace objects with server ids; names are not unique. The GET echoes
  `oauth_client_secret`. A PATCH applies the fields sent: a null `settings` or `available_in_*` (never null
  in a response) is unchanged, another null clears its field. `simple` settings carry `modelId`
  (`provider:model`); anything else is 422. `available_in_*` are set by PATCH only (a create takes the
  defaults). Unknown ids are 404.
- Price maps: the list is the workspace's (paginated with `offset`/`limit`, `q` filters names); a PUT
  replaces one whole; costs are answered as decimal strings; names are not unique.
- Features: each known feature has a default model (empty: the built-in one) and a set of disabled models.
  `PUT .../default-model` sets it, `DELETE` restores the built-in one; `PUT .../disabled-models` adds one model,
  `DELETE .../disabled-models/{model}` re-enables it (both idempotent). An unknown feature or an empty
  model is 400. Errors are `{error}`. The emulated features mirror the `available_in_*` surfaces.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Annotated, Any
from uuid import UUID, uuid4

from fastapi import APIRouter, HTTPException, Query, Response
from fastapi.responses import JSONResponse

from ...auth import StoreDep, WorkspaceCaller, requires
from ...store import Document, Store
from ..langsmith.schemas import utcnow
from .schemas import (
    DisableModelRequest,
    FeatureConfig,
    ModelPriceMapCreateSchema,
    ModelPriceMapSchema,
    ModelPriceMapUpdateSchema,
    PlaygroundSettingsCreateRequest,
    PlaygroundSettingsResponse,
    PlaygroundSettingsUpdateRequest,
    UpsertDefaultModelRequest,
)
from .tables import FEATURE_MODELS, MODEL_PRICE_MAPS, PLAYGROUND_SETTINGS

router = APIRouter()
platform_router = APIRouter()

#: The features whose models a workspace configures (the surfaces of a model configuration's `available_in_*`).
FEATURES = ("playground", "evaluators", "agent_builder", "polly", "insights_heavy", "insights_light")
AVAILABILITY_DEFAULTS = {
    "available_in_playground": True,
    "available_in_evaluators": True,
    "available_in_agent_builder": False,
    "available_in_polly": False,
    "available_in_insights_heavy": False,
    "available_in_insights_light": False,
}


def validation_error(loc: list[str], message: str) -> HTTPException:
    """A 422 in FastAPI's shape."""
    return HTTPException(status_code=422, detail=[{"loc": loc, "msg": message, "type": "value_error"}])


# ================================================================ model configurations (playground settings)


def _check_settings(settings_type: str, settings: dict[str, Any]) -> None:
    if settings_type != "simple":
        return
    model_id = settings.get("modelId")
    if not isinstance(model_id, str) or ":" not in model_id.strip(":"):
        raise validation_error(["body", "settings", "modelId"], "simple settings need modelId as provider:model")


def _model_configuration(store: Store, workspace_id: str, settings_id: str) -> Document:
    try:
        doc = store.get_in(PLAYGROUND_SETTINGS, workspace_id, str(UUID(settings_id)))
    except ValueError:
        doc = None
    if doc is None:
        raise HTTPException(status_code=404, detail="Playground settings not found")
    return doc


@router.get(
    "/playground-settings",
    response_model=list[PlaygroundSettingsResponse],
    dependencies=[requires("workspaces:read")],
)
async def list_playground_settings(principal: WorkspaceCaller, store: StoreDep) -> list[Document]:
    """The workspace's model configurations, oldest first (one unpaginated array)."""
    return store.list(PLAYGROUND_SETTINGS, principal.workspace_id)


@router.post(
    "/playground-settings",
    response_model=PlaygroundSettingsResponse,
    dependencies=[requires("workspaces:manage-model-configs")],
)
async def create_playground_settings(
    body: PlaygroundSettingsCreateRequest, principal: WorkspaceCaller, store: StoreDep
) -> Document:
    """A new model configuration; availability takes its defaults (only a PATCH changes it)."""
    _check_settings(body.settings_type, body.settings)
    now = utcnow().isoformat()
    doc = {
        **body.model_dump(mode="json"),
        **AVAILABILITY_DEFAULTS,
        "id": str(uuid4()),
        "created_at": now,
        "updated_at": now,
        "created_by_ls_user_id": None,
        "updated_by_ls_user_id": None,
    }
    store.insert(PLAYGROUND_SETTINGS, doc, scope=principal.workspace_id)
    return doc


@router.get(
    "/playground-settings/{playground_settings_id}",
    response_model=PlaygroundSettingsResponse,
    dependencies=[requires("workspaces:read")],
)
async def get_playground_settings(playground_settings_id: str, principal: WorkspaceCaller, store: StoreDep) -> Document:
    """One model configuration of the workspace, its OAuth client secret included."""
    return _model_configuration(store, principal.workspace_id, playground_settings_id)


@router.patch(
    "/playground-settings/{playground_settings_id}",
    response_model=PlaygroundSettingsResponse,
    dependencies=[requires("workspaces:manage-model-configs")],
)
async def update_playground_settings(
    playground_settings_id: str, body: PlaygroundSettingsUpdateRequest, principal: WorkspaceCaller, store: StoreDep
) -> Document:
    """Apply the fields sent (a null `settings` or availability flag leaves it unchanged)."""
    with store.transaction():
        doc = _model_configuration(store, principal.workspace_id, playground_settings_id)
        changes = body.model_dump(mode="json", exclude_unset=True)
        for name in ("settings", *AVAILABILITY_DEFAULTS):
            if name in changes and changes[name] is None:
                del changes[name]
        if "settings" in changes:
            _check_settings(doc.get("settings_type", "complex"), changes["settings"])
        doc.update(changes, updated_at=utcnow().isoformat())
        store.replace(PLAYGROUND_SETTINGS, doc, scope=principal.workspace_id)
    return doc


@router.delete(
    "/playground-settings/{playground_settings_id}",
    dependencies=[requires("workspaces:manage-model-configs")],
)
async def delete_playground_settings(playground_settings_id: str, principal: WorkspaceCaller, store: StoreDep) -> None:
    """Delete a model configuration."""
    with store.transaction():
        doc = _model_configuration(store, principal.workspace_id, playground_settings_id)
        store.delete(PLAYGROUND_SETTINGS, [doc["id"]], scope=principal.workspace_id)


# ================================================================ model price maps


def _decimal(value: float | str, loc: list[str]) -> str:
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        raise validation_error(loc, "not a number") from None
    if not number.is_finite() or number < 0:
        raise validation_error(loc, "must be a non-negative number")
    return format(number.normalize(), "f")


def _price_map_doc(body: ModelPriceMapCreateSchema) -> Document:
    doc = body.model_dump(mode="json")
    doc["prompt_cost"] = _decimal(body.prompt_cost, ["body", "prompt_cost"])
    doc["completion_cost"] = _decimal(body.completion_cost, ["body", "completion_cost"])
    for name in ("prompt_cost_details", "completion_cost_details"):
        details = getattr(body, name)
        doc[name] = None if details is None else {k: _decimal(v, ["body", name, k]) for k, v in details.items()}
    if not body.name.strip() or not body.match_pattern:
        raise validation_error(["body", "name" if not body.name.strip() else "match_pattern"], "must not be empty")
    return doc


def _price_map(store: Store, workspace_id: str, price_map_id: UUID) -> Document:
    doc = store.get_in(MODEL_PRICE_MAPS, workspace_id, str(price_map_id))
    if doc is None:
        raise HTTPException(status_code=404, detail="Model price map not found")
    return doc


@router.get("/model-price-map", response_model=list[ModelPriceMapSchema], dependencies=[requires("workspaces:read")])
async def list_model_price_maps(
    principal: WorkspaceCaller,
    store: StoreDep,
    offset: Annotated[int, Query(ge=0)] = 0,
    limit: Annotated[int, Query(ge=1, le=100)] = 100,
    q: Annotated[str | None, Query(max_length=200)] = None,
) -> list[Document]:
    """The workspace's price maps, oldest first; `q` keeps the names that contain it."""
    docs = store.list(MODEL_PRICE_MAPS, principal.workspace_id)
    if q:
        docs = [d for d in docs if q.lower() in d["name"].lower()]
    return docs[offset : offset + limit]


@router.post("/model-price-map", dependencies=[requires("workspaces:manage")])
async def create_model_price_map(
    body: ModelPriceMapCreateSchema, principal: WorkspaceCaller, store: StoreDep
) -> dict[str, Any]:
    """A new price map of the workspace (answered as stored)."""
    doc = {**_price_map_doc(body), "id": str(uuid4()), "tenant_id": principal.workspace_id}
    store.insert(MODEL_PRICE_MAPS, doc, scope=principal.workspace_id)
    return doc


@router.put("/model-price-map/{id}", dependencies=[requires("workspaces:manage")])
async def update_model_price_map(
    id: UUID, body: ModelPriceMapUpdateSchema, principal: WorkspaceCaller, store: StoreDep
) -> dict[str, Any]:
    """Replace a price map whole (a field left out takes its default)."""
    with store.transaction():
        doc = _price_map(store, principal.workspace_id, id)
        replaced = {**_price_map_doc(body), "id": doc["id"], "tenant_id": doc["tenant_id"]}
        store.replace(MODEL_PRICE_MAPS, replaced, scope=principal.workspace_id)
    return replaced


@router.delete("/model-price-map/{id}", dependencies=[requires("workspaces:manage")])
async def delete_model_price_map(id: UUID, principal: WorkspaceCaller, store: StoreDep) -> None:
    """Delete a price map."""
    with store.transaction():
        doc = _price_map(store, principal.workspace_id, id)
        store.delete(MODEL_PRICE_MAPS, [doc["id"]], scope=principal.workspace_id)


# ================================================================ feature model settings


def go_error(status: int, message: str) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status)


def _feature_doc(store: Store, workspace_id: str, feature: str) -> Document:
    doc = store.find_by_name(FEATURE_MODELS, workspace_id, feature)
    return doc or {"id": f"{workspace_id}/{feature}", "feature": feature, "default_model": "", "disabled_models": []}


def _save_feature(store: Store, workspace_id: str, doc: Document) -> None:
    if store.get_in(FEATURE_MODELS, workspace_id, doc["id"]) is None:
        store.insert(FEATURE_MODELS, doc, scope=workspace_id, name=doc["feature"])
    else:
        store.replace(FEATURE_MODELS, doc, scope=workspace_id, name=doc["feature"])


def _feature_error(feature: str, model: str | None = "-") -> JSONResponse | None:
    if feature not in FEATURES:
        return go_error(400, f"unknown feature {feature!r}")
    if model is not None and not model.strip():
        return go_error(400, "model is required")
    return None


@platform_router.get("/features", response_model=list[FeatureConfig], dependencies=[requires("workspaces:read")])
async def list_features(principal: WorkspaceCaller, store: StoreDep) -> list[Document]:
    """Every feature's default model and disabled models in the workspace."""
    configs = []
    for feature in FEATURES:
        doc = _feature_doc(store, principal.workspace_id, feature)
        configs.append(
            {
                "feature": feature,
                "default_model": doc["default_model"],
                "disabled_models": sorted(doc["disabled_models"]),
                "org_disabled_providers": [],
            }
        )
    return configs


@platform_router.put(
    "/features/{feature}/default-model",
    status_code=204,
    response_class=Response,
    response_model=None,
    dependencies=[requires("workspaces:manage-model-configs")],
)
async def set_default_model(
    feature: str, body: UpsertDefaultModelRequest, principal: WorkspaceCaller, store: StoreDep
) -> Response:
    """Set or replace the feature's default model."""
    if (error := _feature_error(feature, body.model or "")) is not None:
        return error
    with store.transaction():
        doc = _feature_doc(store, principal.workspace_id, feature)
        doc["default_model"] = str(body.model).strip()
        _save_feature(store, principal.workspace_id, doc)
    return Response(status_code=204)


@platform_router.delete(
    "/features/{feature}/default-model",
    status_code=204,
    response_class=Response,
    response_model=None,
    dependencies=[requires("workspaces:manage-model-configs")],
)
async def delete_default_model(feature: str, principal: WorkspaceCaller, store: StoreDep) -> Response:
    """Restore the feature's built-in default model."""
    if feature not in FEATURES:
        return go_error(400, f"unknown feature {feature!r}")
    with store.transaction():
        doc = _feature_doc(store, principal.workspace_id, feature)
        doc["default_model"] = ""
        _save_feature(store, principal.workspace_id, doc)
    return Response(status_code=204)


@platform_router.put(
    "/features/{feature}/disabled-models",
    status_code=204,
    response_class=Response,
    response_model=None,
    dependencies=[requires("workspaces:manage-model-configs")],
)
async def disable_model(
    feature: str, body: DisableModelRequest, principal: WorkspaceCaller, store: StoreDep
) -> Response:
    """Add a model (or a whole provider) to the feature's disabled list; one already there changes nothing."""
    if (error := _feature_error(feature, body.model or "")) is not None:
        return error
    with store.transaction():
        doc = _feature_doc(store, principal.workspace_id, feature)
        model = str(body.model).strip()
        if model not in doc["disabled_models"]:
            doc["disabled_models"].append(model)
        _save_feature(store, principal.workspace_id, doc)
    return Response(status_code=204)


@platform_router.delete(
    "/features/{feature}/disabled-models/{model:path}",
    status_code=204,
    response_class=Response,
    response_model=None,
    dependencies=[requires("workspaces:manage-model-configs")],
)
async def enable_model(feature: str, model: str, principal: WorkspaceCaller, store: StoreDep) -> Response:
    """Remove a model from the feature's disabled list; one not there changes nothing."""
    if (error := _feature_error(feature, model)) is not None:
        return error
    with store.transaction():
        doc = _feature_doc(store, principal.workspace_id, feature)
        doc["disabled_models"] = [m for m in doc["disabled_models"] if m != model]
        _save_feature(store, principal.workspace_id, doc)
    return Response(status_code=204)
