"""`Listener` against the emulated self-hosted control plane: requests go to the control plane, one listener per
compute id (a second is refused, or adopted when asked), a create without namespaces still sends the required
`compute_config`, and LangSmith's cloud refuses listeners with a clear 403."""

from __future__ import annotations

import pytest
from conftest import configure
from pulumi_langsmith.errors import AlreadyExistsError, ForbiddenError
from pulumi_langsmith.framework.engine import OWNER_KEY
from pulumi_langsmith.typed import ListenerProvider

LISTENERS = "/api-host/v2/listeners"


def provider(emulator, **config: str) -> ListenerProvider:
    return configure(ListenerProvider(), emulator, **config)


def checked(p: ListenerProvider, **inputs) -> dict:
    result = p.check({}, {"__provider": "p", OWNER_KEY: "proj/dev/Listener/cluster", **inputs})
    assert result.failures == []
    return result.inputs


def test_create_read_and_patch_go_to_the_self_hosted_control_plane(langsmith_emulator, out_of_band):
    p = provider(langsmith_emulator)
    langsmith_emulator.clear_log()
    created = p.create(checked(p, compute_id="cluster-a", k8s_namespaces=["agents"]))
    assert [(w.method, w.path) for w in langsmith_emulator.writes()] == [("POST", LISTENERS)]
    news = checked(p, compute_id="cluster-a", k8s_namespaces=["agents", "staging"], version="2")
    assert p.diff(created.id, created.outs, news).replaces == []
    p.update(created.id, created.outs, news)
    live = out_of_band.get(f"{LISTENERS}/{created.id}").json()
    assert live["compute_config"]["k8s_namespaces"] == ["agents", "staging"] and live["version"] == "2"
    p.delete(created.id, {**created.outs, **news})
    assert out_of_band.get(f"{LISTENERS}/{created.id}").status_code == 404


def test_a_listener_without_namespaces_is_created_with_the_required_compute_config(langsmith_emulator, out_of_band):
    p = provider(langsmith_emulator)
    created = p.create(checked(p, compute_id="cluster-bare"))  # the API answers 422 without `compute_config`
    live = out_of_band.get(f"{LISTENERS}/{created.id}").json()
    assert live["compute_config"] == {"k8s_namespaces": None} and live["compute_type"] == "k8s"


def test_a_compute_id_taken_elsewhere_is_refused_then_adopted(langsmith_emulator, out_of_band):
    made = out_of_band.post(
        LISTENERS, json={"compute_type": "k8s", "compute_id": "cluster-b", "compute_config": {"k8s_namespaces": []}}
    ).json()
    p = provider(langsmith_emulator)
    with pytest.raises(AlreadyExistsError, match="adopt_existing"):
        p.create(checked(p, compute_id="cluster-b"))
    adopted = p.create(checked(p, compute_id="cluster-b", k8s_namespaces=["agents"], adopt_existing=True))
    assert adopted.id == made["id"]
    assert out_of_band.get(f"{LISTENERS}/{made['id']}").json()["compute_config"]["k8s_namespaces"] == ["agents"]


def test_a_compute_id_change_replaces_the_listener(langsmith_emulator):
    p = provider(langsmith_emulator)
    created = p.create(checked(p, compute_id="cluster-c"))
    assert p.diff(created.id, created.outs, checked(p, compute_id="cluster-d")).replaces == ["compute_id"]


def test_the_cloud_control_plane_refuses_listeners_with_the_reason(langsmith_emulator):
    p = provider(langsmith_emulator, controlPlaneEndpoint=langsmith_emulator.base_url)
    with pytest.raises(ForbiddenError, match="self-hosted enterprise plans"):
        p.create(checked(p, compute_id="cluster-cloud"))
