"""The `examples/governance` project through the real Pulumi CLI against the emulator: tags, taggings and a deny
policy attached to a custom role, whose service key gets 403 on the `env=prod` project and prompt and 200 on the
untagged ones; a usage limit, retention and organisation settings, which a second stack adopts without
duplicates and destroy forgets (leaving them in place, and saying so); an export destination with secret
credentials and a scheduled export (cancelled by destroy); no credential in the state; the example
passes the policy pack with its shipped config. And (tests/e2e_programs/abac_replace) a changed access policy
is replaced and re-attached, its role's key still denied."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

import httpx
import pytest
from e2e_support import REPO_ROOT, PulumiProject
from pulumi_langsmith.testing import LangSmithEmulator
from test_policies_pack import PACK, pack_beside, preview_with_pack

pytestmark = pytest.mark.e2e

#: What the example sets on the organisation (examples/governance/__main__.py).
ORG_SETTINGS = {"max_api_key_expiry_days": 90, "pat_creation_disabled": True}
#: The export destination's credentials, set as secret config: never in the state, the outputs or the logs.
EXPORT_CREDENTIALS = {"access_key_id": "AKIAE2EGOVERNANCE01", "secret_access_key": "e2e-warehouse-secret-4f9a2c"}


def configure(project: PulumiProject, emulator: LangSmithEmulator, prefix: str, stack: str) -> None:
    for key, value, secret in (
        ("prefix", prefix, False),
        ("langsmith:endpoint", emulator.base_url, False),
        ("langsmith:apiKey", emulator.api_key, True),
        ("exportAccessKeyId", EXPORT_CREDENTIALS["access_key_id"], True),
        ("exportSecretAccessKey", EXPORT_CREDENTIALS["secret_access_key"], True),
    ):
        project.run("config", "set", "--stack", stack, *(["--secret"] if secret else []), "--", key, value)


@pytest.fixture
def project(tmp_path, langsmith_emulator):
    stack = PulumiProject.create(tmp_path, REPO_ROOT / "examples" / "governance", name="langsmith-governance")
    configure(stack, langsmith_emulator, "e2e", stack.stack)
    return stack


@pytest.fixture
def admin(langsmith_emulator):
    with httpx.Client(base_url=langsmith_emulator.base_url, headers=langsmith_emulator.headers) as client:
        yield client


def org_settings(admin: httpx.Client) -> dict[str, Any]:
    info = admin.get("/api/v1/orgs/current/info").json()
    return {name: info[name] for name in ORG_SETTINGS}


def test_governance_example_denies_the_tagged_project_and_prompt_to_the_roles_key(
    project, langsmith_emulator, admin, tmp_path
):
    preview = preview_with_pack(project, pack_beside(tmp_path), PACK / "policy-config.example.json")
    assert preview.returncode == 0, preview.output
    assert "mandatory" not in preview.output.lower(), preview.output

    run = project.up()
    outputs = project.run("stack", "output", "--json", "--show-secrets").json()
    key = outputs["contractor_key"]
    assert key.startswith("lsv2_sk_")
    assert project.changes() == {}

    workspace = {"X-Tenant-Id": outputs["workspace_id"]}
    with httpx.Client(base_url=langsmith_emulator.base_url, headers={"X-Api-Key": key, **workspace}) as contractor:
        assert contractor.get(f"/api/v1/sessions/{outputs['prod_project_id']}").status_code == 403
        assert contractor.get(f"/api/v1/sessions/{outputs['untagged_project_id']}").status_code == 200
        assert contractor.get(f"/api/v1/datasets/{outputs['dataset_id']}").status_code == 200  # tagged env=dev
        for path in ("/api/v1/repos/-/{}", "/commits/-/{}/latest"):
            assert contractor.get(path.format(outputs["prod_prompt"])).status_code == 403, path
            assert contractor.get(path.format(outputs["untagged_prompt"])).status_code == 200, path
    assert admin.get(f"/api/v1/repos/-/{outputs['prod_prompt']}", headers=workspace).status_code == 200

    assert org_settings(admin) == ORG_SETTINGS
    limits = admin.get("/api/v1/usage-limits", headers=workspace).json()
    assert [(u["limit_type"], u["limit_value"]) for u in limits] == [("monthly_traces", 1_000_000)]
    ttl = admin.get("/workspaces/current/ttl-settings", headers=workspace).json()  # a Go route, at the root
    assert ttl["longlived_ttl_days"] == 180

    destination = admin.get(f"/api/v1/bulk-exports/destinations/{outputs['export_destination_id']}", headers=workspace)
    assert destination.json()["credentials_keys"] == ["access_key_id", "secret_access_key"]
    export = admin.get(f"/api/v1/bulk-exports/{outputs['bulk_export_id']}", headers=workspace).json()
    assert (export["status"], export["interval_hours"]) == ("IntervalScheduled", 24)
    assert export["session_id"] == outputs["prod_project_id"]

    exported = project.run("stack", "export").stdout
    for credential in (key, langsmith_emulator.api_key, *EXPORT_CREDENTIALS.values()):
        assert credential not in exported and credential not in run.output
    outputs_plain = project.run("stack", "output", "--json").stdout
    assert key not in outputs_plain and EXPORT_CREDENTIALS["secret_access_key"] not in outputs_plain

    destroyed = project.run("destroy", "--yes", "--skip-preview")
    assert admin.get("/v1/platform/orgs/current/access-policies").json()["access_policies"] == []
    # The workspace is gone with the stack (the API answers 403 for it now): its export is read from the store.
    from pulumi_langsmith.emulator.families.bulk_exports.tables import DESTINATIONS, EXPORTS

    store = langsmith_emulator.server.store
    assert store.get_in(EXPORTS, outputs["workspace_id"], outputs["bulk_export_id"])["status"] == "Cancelled"
    assert store.get_in(DESTINATIONS, outputs["workspace_id"], outputs["export_destination_id"]) is not None
    assert "BulkExportDestination" in destroyed.output and "destroy forgets it" in destroyed.output
    for credential in EXPORT_CREDENTIALS.values():
        assert credential not in destroyed.output


def test_a_second_stack_adopts_the_singletons_and_destroy_forgets_them(project, langsmith_emulator, admin):
    project.up()
    project.run("stack", "init", "second")
    configure(project, langsmith_emulator, "e2e-second", "second")
    project.run("up", "--skip-preview", "--stack", "second")

    # One organisation, one set of settings and one organisation retention, shared by both stacks.
    assert org_settings(admin) == ORG_SETTINGS
    org_ttl = [s for s in admin.get("/api/v1/orgs/ttl-settings").json() if s.get("tenant_id") is None]
    assert [s["default_trace_tier"] for s in org_ttl] == ["shortlived"]
    project.run("stack", "select", project.stack)
    assert project.changes() == {}  # the second stack's `up` changed nothing the first one manages

    destroyed = project.run("destroy", "--yes", "--skip-preview", "--stack", "second")
    for kind in ("OrganizationSettings", "OrgTtlSettings", "WorkspaceTtlSettings"):
        assert f"{kind}: destroy forgets the setting" in destroyed.output, destroyed.output
    assert "pat_creation_disabled=True" in destroyed.output
    assert org_settings(admin) == ORG_SETTINGS  # left in place
    assert project.changes() == {}  # and still the first stack's

    project.run("destroy", "--yes", "--skip-preview")
    assert org_settings(admin) == ORG_SETTINGS


def test_a_changed_access_policy_is_replaced_and_re_attached(tmp_path, langsmith_emulator, admin):
    """The API has no update of an access policy: a change replaces it, the attachment follows the new id, and the
    role's key is still denied the tagged project (the `Tag` component's value) after the `up`."""
    project = PulumiProject.create(tmp_path, "abac_replace")
    expires = (datetime.now(timezone.utc) + timedelta(days=30)).strftime("%Y-%m-%dT00:00:00Z")
    for key, value, secret in (
        ("prefix", "e2e-abac", False),
        ("policyDescription", "Production projects are off limits.", False),
        ("keyExpiresAt", expires, False),
        ("langsmith:endpoint", langsmith_emulator.base_url, False),
        ("langsmith:apiKey", langsmith_emulator.api_key, True),
    ):
        project.config(key, value, secret=secret)
    project.up()
    first = project.run("stack", "output", "--json", "--show-secrets").json()

    def statuses(outputs: dict[str, Any]) -> tuple[int, int]:
        headers = {"X-Api-Key": outputs["key"], "X-Tenant-Id": outputs["workspace_id"]}
        with httpx.Client(base_url=langsmith_emulator.base_url, headers=headers) as reader:
            return tuple(  # type: ignore[return-value]
                reader.get(f"/api/v1/sessions/{outputs[name]}").status_code
                for name in ("tagged_project_id", "untagged_project_id")
            )

    assert statuses(first) == (403, 200)
    assert project.changes() == {}

    project.config("policyDescription", "No production traces for readers.")
    assert project.changes() == {"no-prod": "replace", "reader-no-prod": "replace"}
    project.up()
    second = project.run("stack", "output", "--json", "--show-secrets").json()
    assert second["policy_id"] != first["policy_id"] and second["key"] == first["key"]
    policies = admin.get("/v1/platform/orgs/current/access-policies").json()["access_policies"]
    assert [p["id"] for p in policies] == [second["policy_id"]]  # the old one is gone, not left behind
    assert statuses(second) == (403, 200)  # re-attached: still denied
    assert project.changes() == {}

    project.run("destroy", "--skip-preview")
    assert admin.get("/v1/platform/orgs/current/access-policies").json()["access_policies"] == []
