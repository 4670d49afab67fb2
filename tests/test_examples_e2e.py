"""Every `examples/*` project passes the policy pack's shipped defaults, goes up, refreshes with no change and
comes down, with the real Pulumi CLI against the emulator. The examples are discovered, so a new one is
covered without editing this file.

Examples with an e2e test of their own that already does one of these are not run twice: COVERED_ELSEWHERE
names that test, and `test_every_example_is_covered` fails when the named test does not exist, does not
use the example, or does not do what it is credited with.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
import yaml
from e2e_support import REPO_ROOT, PulumiProject
from test_policies_pack import PACK, pack_beside, preview_with_pack

EXAMPLES_DIR = REPO_ROOT / "examples"
EXAMPLES = sorted(p.name for p in EXAMPLES_DIR.iterdir() if p.is_dir() and not p.name.startswith("."))

#: Examples that are not Pulumi projects, with why they are not run here.
NOT_PROJECTS = {
    "drift-check": "a GitHub Actions workflow around `pulumi-langsmith drift`, not a Pulumi project "
    "(tests/test_drift.py and tests/test_cli.py check it)",
}

#: What other e2e tests already do with an example: "lifecycle" (up, refresh with no change, destroy) and
#: "policy_pack" (a preview passing the pack with policy/policy-config.example.json), as `file::test`.
COVERED_ELSEWHERE: dict[str, dict[str, str]] = {
    "quickstart": {"lifecycle": "test_e2e_foundation.py::test_quickstart_example_goes_up_without_drift_and_comes_down"},
    "access": {
        "lifecycle": "test_access_e2e.py::test_access_example_up_accept_invites_refresh_and_destroy",
        "policy_pack": "test_policies_pack.py::test_access_example_passes_the_pack_with_the_shipped_example_config",
    },
    "deployment": {
        "lifecycle": "test_deployment_e2e.py::test_up_waits_then_changes_make_revisions_and_secrets_stay_encrypted"
    },
    "agent": {
        "lifecycle": "test_agent_e2e.py::test_agent_example_previews_the_chain_with_unknowns_applies_in_one_up_and_destroys"
    },
    "evaluation": {"lifecycle": "test_evaluation_e2e.py::test_evaluation_example_up_update_recreate_and_destroy"},
    "governance": {
        "policy_pack": "test_governance_e2e.py::test_governance_example_denies_the_tagged_project_and_prompt_to_the_roles_key"
    },
}

#: What a test must contain to be credited with a check.
CREDIT = {
    "lifecycle": ('"refresh"', "changes() == {}", '"destroy"'),
    "policy_pack": ("preview_with_pack(", "policy-config.example.json"),
}

REQUIRED_CONFIG = re.compile(r"\.require(?P<secret>_secret)?\(\s*[\"'](?P<key>[A-Za-z0-9_:]+)[\"']\s*\)")


def projects(check: str) -> list[str]:
    return [e for e in EXAMPLES if e not in NOT_PROJECTS and check not in COVERED_ELSEWHERE.get(e, {})]


def required_config(example: Path) -> dict[str, bool]:
    """Config keys the program requires (`config.require("k")`, `require_secret`) or its Pulumi.yaml declares
    without a default, with whether each is secret: the test gives each a placeholder value."""
    keys = {
        m["key"]: bool(m["secret"])
        for source in example.glob("*.py")
        for m in REQUIRED_CONFIG.finditer(source.read_text(encoding="utf-8"))
    }
    declared = (yaml.safe_load((example / "Pulumi.yaml").read_text()) or {}).get("config") or {}
    for key, spec in declared.items():
        if isinstance(spec, dict) and "default" not in spec and "value" not in spec:
            keys.setdefault(key, bool(spec.get("secret")))
    return keys


def example_project(tmp_path: Path, name: str, emulator) -> PulumiProject:
    example = EXAMPLES_DIR / name
    project_name = (yaml.safe_load((example / "Pulumi.yaml").read_text()) or {}).get("name", f"langsmith-{name}")
    project = PulumiProject.create(tmp_path, example, name=project_name)
    project.config("prefix", f"ex-{name}")  # unique names in the organisation (unused by some examples)
    project.config("langsmith:endpoint", emulator.base_url)
    project.config("langsmith:apiKey", emulator.api_key, secret=True)
    for key, secret in required_config(example).items():
        project.config(key, f"e2e-placeholder-{key}", secret=secret)
    return project


@pytest.mark.e2e
@pytest.mark.timeout(900)
@pytest.mark.parametrize("name", projects("lifecycle"))
def test_example_goes_up_refreshes_without_changes_and_comes_down(tmp_path, langsmith_emulator, name):
    project = example_project(tmp_path, name, langsmith_emulator)
    project.up()
    assert project.resources(), "the example made LangSmith objects"
    project.run("refresh", "--expect-no-changes")  # fails if refresh finds anything to change in the state
    assert project.changes() == {}, "no diff after a refresh"
    project.run("destroy")
    assert project.resources() == {}


@pytest.mark.e2e
@pytest.mark.timeout(600)
@pytest.mark.parametrize("name", projects("policy_pack"))
def test_example_passes_the_policy_pack_defaults(tmp_path, langsmith_emulator, name):
    project = example_project(tmp_path, name, langsmith_emulator)
    preview = preview_with_pack(project, pack_beside(tmp_path), PACK / "policy-config.example.json")
    assert preview.returncode == 0, preview.output
    assert "mandatory" not in preview.output.lower(), preview.output


def test_every_example_is_covered():
    """Each example is either not a project (said why), run here, or covered by a named test that uses it and
    does what it is credited with."""
    assert set(NOT_PROJECTS) <= set(EXAMPLES) and set(COVERED_ELSEWHERE) <= set(EXAMPLES)
    for name in EXAMPLES:
        if name in NOT_PROJECTS:
            assert not (EXAMPLES_DIR / name / "Pulumi.yaml").exists(), f"{name} is a Pulumi project: run it"
            continue
        assert (EXAMPLES_DIR / name / "Pulumi.yaml").exists(), (
            f"examples/{name}: no Pulumi.yaml; if it is not a project, say why in NOT_PROJECTS"
        )
        for check, test in COVERED_ELSEWHERE.get(name, {}).items():
            source = source_of(test)
            assert f'"examples" / "{name}"' in source or f"examples/{name}" in source or uses_example(test, name), (
                f"{test} does not run examples/{name}"
            )
            missing = [needle for needle in CREDIT[check] if needle not in source]
            assert not missing, f"{test} is credited with the {check} of examples/{name} but lacks {missing}"


def source_of(reference: str) -> str:
    """The source of `file::test` in tests/, with the fixtures it takes (where the example is often set up)."""
    file, name = reference.split("::")
    module = (Path(__file__).parent / file).read_text(encoding="utf-8")
    functions = {n.name: n for n in ast.walk(ast.parse(module)) if isinstance(n, ast.FunctionDef)}
    assert name in functions, f"{reference} does not exist"
    function = functions[name]
    parts = [ast.get_source_segment(module, function) or ""]
    parts += [ast.get_source_segment(module, functions[a.arg]) or "" for a in function.args.args if a.arg in functions]
    return "\n".join(parts)


def uses_example(reference: str, name: str) -> bool:
    """The module names the example in a constant (`EXAMPLE = ... / "examples" / "deployment"`) the test uses."""
    module = (Path(__file__).parent / reference.split("::")[0]).read_text(encoding="utf-8")
    constant = re.search(rf'^(\w+) = .*"examples" / "{re.escape(name)}"', module, re.M)
    return bool(constant) and constant[1] in source_of(reference)
