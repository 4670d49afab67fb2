"""`AnnotationQueueReviewer`: a workspace identity assigned to review an annotation queue
(`/v1/platform/annotation-queues/{queue_id}/reviewers`)."""

from __future__ import annotations

from ..framework import Conformance, InputsModel, Kind, OutputsModel, ParentListedPair, Uuid, field


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


KIND = Kind(
    name="AnnotationQueueReviewer",
    description="A reviewer assigned to an annotation queue (a queue and workspace identity pair).",
    inputs=AnnotationQueueReviewerInputs,
    outputs=AnnotationQueueReviewerOutputs,
    # No GET of its own: the assignment is read from the queue's `assigned_reviewers`. Adding a reviewer is
    # idempotent in the API, so there is nothing to adopt or refuse.
    api=ParentListedPair(
        "/v1/platform/annotation-queues/{queue_id}/reviewers",
        "/api/v1/annotation-queues/{queue_id}",
        parent_key="queue_id",
        member_key="identity_id",
        listed_in="assigned_reviewers",
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
