"""`AnnotationQueueReviewer`: a workspace identity assigned to review an annotation queue
(`/v1/platform/annotation-queues/{queue_id}/reviewers`)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from ..framework import Association, Conformance, InputsModel, Kind, OutputsModel, Uuid, field

REVIEWERS_PATH = "/v1/platform/annotation-queues/{queue_id}/reviewers"


class AnnotationQueueReviewerInputs(InputsModel):
    workspace_id: Uuid | None = field(
        None,
        replace=True,
        description="Workspace of the queue (sent as `X-Tenant-Id`); defaults to the provider's. Changing it "
        "replaces the assignment.",
    )
    queue_id: Uuid = field(replace=True, description="The annotation queue.")
    identity_id: Uuid = field(
        replace=True, description="Workspace identity of the reviewer (a `WorkspaceMember`'s identity id)."
    )


class AnnotationQueueReviewerOutputs(OutputsModel):
    name: str | None = field(None, description="The reviewer's name, as the queue reports it.")
    email: str | None = field(None, description="The reviewer's email, as the queue reports it.")


def _assignments(queue: Any, values: Mapping[str, Any]) -> Iterable[Mapping[str, Any]]:
    """One assignment per reviewer the queue lists (id `<queue_id>/<identity_id>`)."""
    for reviewer in (queue or {}).get("assigned_reviewers") or []:
        identity_id = str(reviewer.get("id")).lower()
        yield {
            **reviewer,
            "id": f"{queue['id']}/{identity_id}".lower(),
            "queue_id": queue["id"],
            "identity_id": identity_id,
        }


class Assignments(Association):
    # The add body names the identity; the queue is in the path. The answer is not the assignment: it is its pair.
    def to_api(self, inputs: Any, fields: Any = None) -> dict[str, Any]:
        return {"identity_id": inputs.identity_id}

    def created_object(self, response: Any, inputs: Any) -> dict[str, Any]:
        return {
            "id": f"{inputs.queue_id}/{inputs.identity_id}".lower(),
            "queue_id": inputs.queue_id,
            "identity_id": inputs.identity_id,
        }


KIND = Kind(
    name="AnnotationQueueReviewer",
    description="A reviewer assigned to an annotation queue (a queue and workspace identity pair).",
    inputs=AnnotationQueueReviewerInputs,
    outputs=AnnotationQueueReviewerOutputs,
    # No GET of its own: the assignment is read from the queue's `assigned_reviewers` (1 request). Adding a
    # reviewer is idempotent in the API, so there is nothing to adopt or refuse, and a POST whose answer was
    # lost is looked up in the queue before it is sent again. Create 1, read 1, delete 1.
    api=Assignments(
        REVIEWERS_PATH,
        REVIEWERS_PATH + "/{identity_id}",
        listing="/api/v1/annotation-queues/{queue_id}",
        members=_assignments,
    ),
    delete_before_replace=False,
    docs="Any change replaces the assignment (the API has no update). Adding a reviewer who is already "
    "assigned (by hand, or by another stack) is not an error: the API makes it idempotent, and destroying "
    "either resource unassigns the reviewer.",
    conformance=Conformance(
        example={"queue_id": "set by the setup", "identity_id": "set by the setup"},
        update={},
        replace={"identity_id": "00000000-0000-4000-8000-000000000002"},
        invalid=(({"identity_id": "ada"}, "identity_id"), ({"queue_id": "-" * 36}, "queue_id")),
        drift=None,  # an assignment exists or not: nothing of it can change out of band
        setup="annotation_queue_and_workspace_member",
    ),
)
