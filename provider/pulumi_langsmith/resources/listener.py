"""`Listener`: a listener of a self-hosted control plane (`/v2/listeners`), the agent that deploys
`external_docker` deployments onto a compute cluster (Kubernetes) it watches.

Creating listeners is only allowed for organisations on self-hosted enterprise plans (the API answers 403
otherwise). A listener is unique per workspace and `compute_id` (409 for a second); the API takes no client
id, so create POSTs first and a 409 lists the listeners to refuse or adopt the same `compute_id`.
"""

from __future__ import annotations

from enum import Enum
from typing import Annotated, Any

from pydantic import Field

from ..framework import Conformance, ControlPlaneCollection, Kind, OutputsModel, WorkspaceScopedInputs, field

Namespace = Annotated[str, Field(min_length=1, max_length=253)]
"""A Kubernetes namespace name (a DNS label, 253 characters at most)."""


class ComputeType(str, Enum):
    """The compute a listener deploys to (the API knows Kubernetes only)."""

    K8S = "k8s"


class ListenerInputs(WorkspaceScopedInputs):
    compute_id: str = field(
        key=True,
        replace=True,
        min_length=1,
        max_length=255,
        description="Your id of the compute cluster (e.g. the Kubernetes cluster's name); unique in the workspace, "
        "fixed at creation.",
    )
    compute_type: ComputeType = field(ComputeType.K8S, replace=True, description="`k8s`; fixed at creation.")
    k8s_namespaces: list[Namespace] | None = field(
        None,
        api_name="compute_config.k8s_namespaces",
        unordered=True,
        max_length=1000,
        description="Kubernetes namespaces the listener deploys to (`Deployment.source_config.listener_config`).",
    )
    version: str | None = field(None, min_length=1, max_length=255, description="Version of the listener.")


class ListenerOutputs(OutputsModel):
    created_at: str | None = field(None, description="Creation time (ISO 8601).")
    updated_at: str | None = field(None, description="Last update time (ISO 8601).")


class Listeners(ControlPlaneCollection):
    def create_body(self, inputs: Any, object_id: str | None) -> dict[str, Any]:
        # `compute_config` is required on create even when it lists no namespace.
        body = super().create_body(inputs, object_id)
        body.setdefault("compute_config", {})
        return body


KIND = Kind(
    name="Listener",
    description="A listener of a self-hosted control plane: deploys `external_docker` deployments to a cluster.",
    docs=(
        "Listeners exist on **self-hosted** LangSmith (enterprise plans); LangSmith's cloud refuses to create them "
        "(403). Point `Deployment.source_config.listener_id` at `listener.id` and "
        "`source_config.listener_config.k8s_namespace` at one of its `k8s_namespaces`."
    ),
    inputs=ListenerInputs,
    outputs=ListenerOutputs,
    api=Listeners("/v2/listeners", list_filter=None, lookup_first=False),
    conformance=Conformance(
        example={"compute_id": "conformance-cluster", "k8s_namespaces": ["agents"], "version": "1"},
        update={"k8s_namespaces": ["agents", "agents-staging"]},
        replace={"compute_id": "conformance-cluster-2"},
        invalid=(
            ({"compute_id": ""}, "compute_id"),
            ({"compute_type": "ecs"}, "compute_type"),
            ({"k8s_namespaces": [""]}, "k8s_namespaces"),
        ),
        drift={"version": "2"},
    ),
)
