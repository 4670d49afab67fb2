"""The annotations family's contract session: annotation queues and their reviewers, feedback configs and
feedback formulas (run by `test_contract.py`)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from pulumi_langsmith.testing import LangSmithEmulator

Call = Callable[..., Any]


def workspace_identity(emulator: LangSmithEmulator, email: str) -> str:
    """The workspace identity id of a (new) active member of the emulator's workspace."""
    from pulumi_langsmith.emulator.families.access import principals

    store = emulator.server.store
    user = principals.ensure_user(store, email)
    principals.add_org_member(
        store,
        emulator.organization_id,
        user["id"],
        principals.role_id_of(emulator.organization_id, "ORGANIZATION_USER"),
    )
    role = principals.role_id_of(emulator.organization_id, "WORKSPACE_USER")
    return str(principals.set_workspace_member(store, emulator.workspace_id, user["id"], role)["id"])


def session(call: Call, emulator: LangSmithEmulator) -> None:
    """Exercise every annotations operation once, successfully, plus the main refusals."""
    dataset = call("POST", "/api/v1/datasets", 200, json={"name": "annotations contract dataset"})
    project = call("POST", "/api/v1/sessions", 200, json={"name": "annotations contract project"})
    queue_id = str(uuid.uuid4())
    queue = call(
        "POST",
        "/api/v1/annotation-queues",
        200,
        json={
            "id": queue_id,
            "name": "contract queue",
            "description": "d",
            "default_dataset": dataset["id"],
            "num_reviewers_per_item": 2,
            "enable_reservations": False,
            "reservation_minutes": 5,
            "reviewer_access_mode": "assigned",
            "rubric_items": [{"feedback_key": "correctness", "description": "right?", "is_required": True}],
            "rubric_instructions": "be fair",
            "session_ids": [project["id"]],
            "metadata": {"team": "qa"},
        },
    )
    call("POST", "/api/v1/annotation-queues", 409, json={"id": queue_id, "name": "again"})
    call("POST", "/api/v1/annotation-queues", 422, json={"description": "no name"})
    call("GET", "/api/v1/annotation-queues", 200, params={"name": "contract queue", "limit": 10})
    call("GET", "/api/v1/annotation-queues", 200, params={"ids": [queue_id], "name_contains": "contract"})
    call("GET", f"/api/v1/annotation-queues/{queue['id']}", 200)
    call("GET", f"/api/v1/annotation-queues/{uuid.uuid4()}", 404)
    call(
        "PATCH",
        f"/api/v1/annotation-queues/{queue_id}",
        200,
        json={"description": "reviewed", "rubric_items": [], "metadata": None, "reviewer_access_mode": "any"},
    )

    identity = workspace_identity(emulator, "reviewer@example.com")
    reviewers = f"/v1/platform/annotation-queues/{queue_id}/reviewers"
    call("POST", reviewers, 201, json={"identity_id": identity})
    call("POST", reviewers, 201, json={"identity_id": identity})  # idempotent
    call("POST", reviewers, 400, json={"identity_id": str(uuid.uuid4())})
    call("POST", f"/api/v1/platform/annotation-queues/{uuid.uuid4()}/reviewers", 404, json={"identity_id": identity})
    call("DELETE", f"{reviewers}/{identity}", 204)
    call("DELETE", f"{reviewers}/{identity}", 404)
    call("DELETE", f"/api/v1/annotation-queues/{queue_id}", 200)

    config = {"type": "continuous", "min": 0, "max": 1}
    call("POST", "/api/v1/feedback-configs", 200, json={"feedback_key": "correctness", "feedback_config": config})
    call("POST", "/api/v1/feedback-configs", 409, json={"feedback_key": "correctness", "feedback_config": config})
    call("GET", "/api/v1/feedback-configs", 200, params={"key": ["correctness"]})
    categorical = {"type": "categorical", "categories": [{"value": 0, "label": "no"}, {"value": 1, "label": "yes"}]}
    call(
        "PATCH",
        "/api/v1/feedback-configs",
        200,
        json={"feedback_key": "correctness", "feedback_config": categorical, "is_lower_score_better": True},
    )
    call("PATCH", "/api/v1/feedback-configs", 404, json={"feedback_key": "nothing"})
    call("DELETE", "/api/v1/feedback-configs", 204, params={"feedback_key": "correctness"})
    call("DELETE", "/api/v1/feedback-configs", 404, params={"feedback_key": "correctness"})

    parts = [{"part_type": "weighted_key", "weight": 0.5, "key": "correctness"}]
    formula = call(
        "POST",
        "/api/v1/feedback/formulas",
        200,
        json={"dataset_id": dataset["id"], "feedback_key": "score", "aggregation_type": "sum", "formula_parts": parts},
    )
    call("POST", "/api/v1/feedback/formulas", 422, json={"feedback_key": "s", "aggregation_type": "avg"})
    call("GET", "/api/v1/feedback/formulas", 200, params={"dataset_id": dataset["id"]})
    call("GET", f"/api/v1/feedback/formulas/{formula['id']}", 200)
    call(
        "PUT",
        f"/api/v1/feedback/formulas/{formula['id']}",
        200,
        json={"feedback_key": "score2", "aggregation_type": "avg", "formula_parts": parts * 2},
    )
    call("DELETE", f"/api/v1/feedback/formulas/{formula['id']}", 200)
    call("GET", f"/api/v1/feedback/formulas/{formula['id']}", 404)
