"""The ready policy pack (`policy/`): served by the real `python -m pulumi.policy` over gRPC, and run by the
real Pulumi CLI (`pulumi preview --policy-pack`), where a mandatory violation blocks and an advisory one warns."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import grpc
import pytest
import yaml
from e2e_support import PulumiProject
from google.protobuf import empty_pb2, struct_pb2
from pulumi.runtime.proto import analyzer_pb2, analyzer_pb2_grpc
from pulumi_langsmith.policies import POLICIES, type_token

PACK = Path(__file__).resolve().parent.parent / "policy"
MANDATORY = analyzer_pb2.EnforcementLevel.Value("MANDATORY")
ADVISORY = analyzer_pb2.EnforcementLevel.Value("ADVISORY")


def _struct(values: dict[str, Any]) -> struct_pb2.Struct:
    message = struct_pb2.Struct()
    message.update(values)
    return message


@pytest.fixture
def analyzer() -> Iterator[analyzer_pb2_grpc.AnalyzerStub]:
    """The pack's `__main__.py`, served the way the Python language host starts policy packs."""
    process = subprocess.Popen(
        [sys.executable, "-u", "-m", "pulumi.policy", "127.0.0.1:1", str(PACK)],
        cwd=PACK,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        port = process.stdout.readline().strip()
        assert port.isdigit(), f"policy pack did not start: {process.stderr.read() if process.poll() else port}"
        with grpc.insecure_channel(f"127.0.0.1:{port}") as channel:
            yield analyzer_pb2_grpc.AnalyzerStub(channel)
    finally:
        process.kill()
        process.wait(timeout=10)


def analyze(stub: analyzer_pb2_grpc.AnalyzerStub, kind: str, props: dict[str, Any], stack: str = "dev") -> list[Any]:
    request = analyzer_pb2.AnalyzeRequest(
        type=type_token(kind),
        properties=_struct(props),
        urn=f"urn:pulumi:{stack}::proj::{type_token(kind)}::res",
        name="res",
        options=analyzer_pb2.AnalyzerResourceOptions(protect=False),
    )
    return list(stub.Analyze(request).diagnostics)


def test_pack_advertises_every_policy_with_its_level_and_config_schema(analyzer):
    info = analyzer.GetAnalyzerInfo(empty_pb2.Empty())
    assert info.name == "langsmith-guardrails"
    advertised = {p.name: p for p in info.policies}
    assert set(advertised) == {p.name for p in POLICIES}
    for policy in POLICIES:
        level = MANDATORY if policy.enforcement_level.value == "mandatory" else ADVISORY
        assert advertised[policy.name].enforcementLevel == level
        if policy.config_schema:
            assert set(advertised[policy.name].configSchema.properties) == set(policy.config_schema.properties)


def test_served_pack_reports_violations_with_their_levels_and_honours_config(analyzer):
    [advisory] = analyze(analyzer, "Dataset", {"name": "golden"})
    assert advisory.policyName == "langsmith-descriptions-required" and advisory.enforcementLevel == ADVISORY

    [mandatory] = analyze(analyzer, "Deployment", {"name": "a", "environment_variables": {"OPENAI_API_KEY": "sk-1"}})
    assert mandatory.policyName == "langsmith-no-secrets-in-environment-variables"
    assert mandatory.enforcementLevel == MANDATORY and "sk-1" not in mandatory.message

    assert analyze(analyzer, "Workspace", {"display_name": "ML Platform"}) == []
    config = {
        "langsmith-workspace-naming": analyzer_pb2.PolicyConfig(
            enforcementLevel=MANDATORY, properties=_struct({"pattern": "^team-[a-z]+$"})
        )
    }
    analyzer.Configure(analyzer_pb2.ConfigureAnalyzerRequest(policyConfig=config))
    [naming] = analyze(analyzer, "Workspace", {"display_name": "ML Platform"})
    assert naming.policyName == "langsmith-workspace-naming" and "ML Platform" in naming.message


# -- with the real Pulumi CLI -----------------------------------------------------------------------

PROGRAM = """\
import pulumi
import pulumi_langsmith as langsmith

config = pulumi.Config()
workspace = langsmith.Workspace("team", display_name=config.require("workspaceName"))
langsmith.Dataset("golden", name="golden", workspace_id=workspace.id)  # no description: advisory
"""


@pytest.fixture
def guarded(tmp_path, langsmith_emulator):
    """A project against the emulator, the pack copied beside it with this test run's virtualenv."""
    source = tmp_path / "program"
    source.mkdir()
    (source / "__main__.py").write_text(PROGRAM)
    project = PulumiProject.create(tmp_path, source, name="policy-check")
    project.config("langsmith:endpoint", langsmith_emulator.base_url)
    project.config("langsmith:apiKey", langsmith_emulator.api_key, secret=True)
    pack = tmp_path / "pack"
    shutil.copytree(PACK, pack, ignore=shutil.ignore_patterns("venv", "__pycache__"))
    manifest = yaml.safe_load((pack / "PulumiPolicy.yaml").read_text())
    manifest["runtime"]["options"]["virtualenv"] = sys.prefix
    (pack / "PulumiPolicy.yaml").write_text(yaml.safe_dump(manifest))
    config = tmp_path / "policy-config.json"
    config.write_text(json.dumps({"langsmith-workspace-naming": {"pattern": "^team-[a-z-]+$"}}))
    return project, pack, config


def preview_with_pack(project: PulumiProject, pack: Path, config: Path):
    return project.run("preview", "--policy-pack", str(pack), "--policy-pack-config", str(config), check=False)


@pytest.mark.e2e
def test_mandatory_violation_blocks_preview_and_advisory_only_warns(guarded, langsmith_emulator):
    project, pack, config = guarded
    project.config("workspaceName", "ML Platform")
    blocked = preview_with_pack(project, pack, config)
    assert blocked.returncode != 0, blocked.output
    assert "langsmith-workspace-naming" in blocked.output and "mandatory" in blocked.output.lower()
    assert "langsmith-descriptions-required" in blocked.output

    project.config("workspaceName", "team-ml")
    warned = preview_with_pack(project, pack, config)
    assert warned.returncode == 0, warned.output
    assert "langsmith-descriptions-required" in warned.output and "advisory" in warned.output.lower()
    assert "langsmith-workspace-naming" not in warned.output
    assert not langsmith_emulator.writes(), "preview must not write"


def test_served_pack_sees_the_stack_default_workspace_from_the_engine(analyzer):
    dataset = analyzer_pb2.AnalyzerResource(
        type=type_token("Dataset"),
        properties=_struct({"name": "golden", "description": "d"}),
        urn=f"urn:pulumi:dev::proj::{type_token('Dataset')}::golden",
        name="golden",
        options=analyzer_pb2.AnalyzerResourceOptions(),
    )
    [violation] = analyzer.AnalyzeStack(analyzer_pb2.AnalyzeStackRequest(resources=[dataset])).diagnostics
    assert violation.policyName == "langsmith-explicit-workspace" and violation.urn == dataset.urn

    analyzer.ConfigureStack(
        analyzer_pb2.AnalyzerStackConfigureRequest(
            stack="dev", project="proj", config={"langsmith:workspaceId": "3f037768-59df-483a-8a09-bc97f5b70b51"}
        )
    )
    assert list(analyzer.AnalyzeStack(analyzer_pb2.AnalyzeStackRequest(resources=[dataset])).diagnostics) == []


@pytest.mark.e2e
def test_stack_policy_accepts_a_provider_default_workspace(guarded, langsmith_emulator):
    project, pack, config = guarded
    project.config("workspaceName", "team-ml")
    (project.directory / "__main__.py").write_text(
        "import pulumi_langsmith as langsmith\n"
        'langsmith.Dataset("loose", name="loose", description="No workspace of its own.")\n'
    )
    warned = preview_with_pack(project, pack, config)
    assert warned.returncode == 0, warned.output
    assert "langsmith-explicit-workspace" in warned.output

    project.config("langsmith:workspaceId", langsmith_emulator.workspace_id)
    clean = preview_with_pack(project, pack, config)
    assert clean.returncode == 0, clean.output
    assert "langsmith-explicit-workspace" not in clean.output


@pytest.mark.e2e
def test_scim_admin_group_member_outside_the_allow_list_blocks_preview(guarded, tmp_path):
    project, pack, _ = guarded
    project.config("langsmith:scimToken", "unused-at-preview", secret=True)
    (project.directory / "__main__.py").write_text(
        "import pulumi_langsmith as langsmith\n"
        'ann = langsmith.ScimUser("ann", user_name="ann@acme.com", email="ann@acme.com")\n'
        'mallory = langsmith.ScimUser("mallory", user_name="mallory@gmail.com", email="mallory@gmail.com")\n'
        'langsmith.ScimGroup("admins", display_name="LS:Organization Admins", members=[ann.id, mallory.id])\n'
    )
    config = tmp_path / "scim-policy-config.json"
    config.write_text(json.dumps({"langsmith-scim-org-admins-allowlisted": {"allowed_domains": ["acme.com"]}}))
    # The member ids are unknown during preview; the members' emails are found through the dependencies.
    blocked = preview_with_pack(project, pack, config)
    assert blocked.returncode != 0, blocked.output
    assert "langsmith-scim-org-admins-allowlisted" in blocked.output and "mallory@gmail.com" in blocked.output
    assert "(ann@acme.com)" not in blocked.output

    allow_both = {"allowed_domains": ["acme.com"], "allowed_emails": ["mallory@gmail.com"]}
    config.write_text(json.dumps({"langsmith-scim-org-admins-allowlisted": allow_both}))
    allowed = preview_with_pack(project, pack, config)
    assert allowed.returncode == 0, allowed.output
    assert "langsmith-scim-org-admins-allowlisted" not in allowed.output


def pack_beside(tmp_path: Path) -> Path:
    pack = tmp_path / "pack"
    shutil.copytree(PACK, pack, ignore=shutil.ignore_patterns("venv", "__pycache__"))
    manifest = yaml.safe_load((pack / "PulumiPolicy.yaml").read_text())
    manifest["runtime"]["options"]["virtualenv"] = sys.prefix
    (pack / "PulumiPolicy.yaml").write_text(yaml.safe_dump(manifest))
    return pack


def test_shipped_example_config_names_only_real_policies_and_options():
    config = json.loads((PACK / "policy-config.example.json").read_text())
    policies = {policy.name: policy for policy in POLICIES}
    for name, settings in config.items():
        assert name in policies, name
        schema = policies[name].config_schema
        options = set(schema.properties) if schema else set()
        assert set(settings) - {"enforcementLevel"} <= options, (name, settings)


@pytest.mark.e2e
def test_access_example_passes_the_pack_with_the_shipped_example_config(tmp_path, langsmith_emulator):
    from e2e_support import REPO_ROOT

    project = PulumiProject.create(tmp_path, REPO_ROOT / "examples" / "access", name="langsmith-access")
    project.config("langsmith:endpoint", langsmith_emulator.base_url)
    project.config("langsmith:apiKey", langsmith_emulator.api_key, secret=True)
    pack = pack_beside(tmp_path)
    preview = preview_with_pack(project, pack, PACK / "policy-config.example.json")
    assert preview.returncode == 0, preview.output
    assert "mandatory" not in preview.output.lower(), preview.output
