"""Every snippet of the README and the docs site, and every example program, is run: a stale or broken one
fails CI.

Python blocks are Pulumi programs: they run under Pulumi's mocks, where each resource's inputs go through
its kind's own `check` (what `pulumi preview` runs, without requests) and lookups (`get_github_integration`,
...) query the emulator. A block preceded by `<!-- snippet: pytest -->` is a test module: it runs under
pytest with the real Pulumi CLI. JSON and YAML blocks must parse; the policy config shown is the one shipped.
"""

from __future__ import annotations

import asyncio
import json
import re
import subprocess
import sys
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pulumi
import pytest
import yaml
from pulumi_langsmith.docs import example_snippet
from pulumi_langsmith.framework.adapter import KindProvider, unwrap_secrets
from pulumi_langsmith.framework.registry import all_kinds
from pulumi_langsmith.resources import ALL_PROVIDERS

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted([ROOT / "README.md", *(ROOT / "docs").glob("*.md")])
FENCE = re.compile(
    r"(?P<marker><!-- snippet: (?P<mode>[a-z]+) -->\n)?```(?P<lang>[a-z]*)[^\n]*\n(?P<body>.*?)```", re.S
)
#: Stack config the snippets read (`pulumi.Config().require_secret("openaiApiKey")`, ...).
# `agentServerUrl` stands for `Deployment.url` in examples/agent (mocked outputs are None, not unknown).
SNIPPET_CONFIG = {
    "openaiApiKey": "sk-snippet",
    "webhookToken": "Bearer snippet",
    "agentServerUrl": "https://agent.example.com",
}


@dataclass(frozen=True)
class Snippet:
    page: Path
    line: int
    lang: str
    mode: str
    body: str

    @property
    def id(self) -> str:
        return f"{self.page.relative_to(ROOT)}:{self.line}"


def snippets(lang: str) -> list[Snippet]:
    found = []
    for page in PAGES:
        text = page.read_text(encoding="utf-8")
        for match in FENCE.finditer(text):
            if match["lang"] == lang:
                line = text.count("\n", 0, match.start("body"))
                found.append(Snippet(page, line, lang, match["mode"] or "program", match["body"]))
    return found


PROGRAMS = [s for s in snippets("python") if s.mode == "program"]
TEST_MODULES = [s for s in snippets("python") if s.mode == "pytest"]
EXAMPLES = sorted((ROOT / "examples").glob("*/__main__.py"))
PROVIDERS = {provider.kind.type_token: provider for provider in ALL_PROVIDERS}


class CheckingMocks(pulumi.runtime.Mocks):
    """Registers every resource after its kind's `check` (as at preview), with UUID ids."""

    def __init__(self) -> None:
        self.registered: list[str] = []
        self.failures: list[str] = []

    def new_resource(self, args: pulumi.runtime.MockResourceArgs) -> tuple[str, dict[str, Any]]:
        provider_class: type[KindProvider] | None = PROVIDERS.get(args.typ)
        if provider_class is None:
            self.failures.append(f"{args.name}: not a pulumi-langsmith type: {args.typ}")
            return f"{args.name}-id", dict(args.inputs)
        inputs = {k: v for k, v in unwrap_secrets(dict(args.inputs)).items() if v is not None}
        result = provider_class().check({}, inputs)
        self.failures += [f"{args.name}.{f.property}: {f.reason}" for f in result.failures]
        self.registered.append(args.name)
        outputs = {**{name: None for name in provider_class.kind.output_names}, **args.inputs}
        return str(uuid.uuid5(uuid.NAMESPACE_URL, f"{args.typ}/{args.name}")), outputs

    def call(self, args: pulumi.runtime.MockCallArgs) -> dict[str, Any]:
        return {}


@pytest.fixture
def run_program(monkeypatch, langsmith_emulator):
    """Run Python source as a Pulumi program under the checking mocks; lookups reach the emulator."""
    monkeypatch.setenv("LANGSMITH_ENDPOINT", langsmith_emulator.base_url)
    monkeypatch.setenv("LANGSMITH_API_KEY", langsmith_emulator.api_key)
    monkeypatch.setenv("LANGSMITH_WORKSPACE_ID", langsmith_emulator.workspace_id)
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)

    def run(source: str, name: str, config: dict[str, str] | None = None) -> CheckingMocks:
        mocks = CheckingMocks()
        pulumi.runtime.set_mocks(mocks, project="docs", stack="dev", preview=False)
        for key, value in {**SNIPPET_CONFIG, **(config or {})}.items():
            pulumi.runtime.set_config(key if ":" in key else f"docs:{key}", value)
        code = compile(source, name, "exec")

        @pulumi.runtime.test
        def program() -> None:
            exec(code, {"__name__": "__main__", "__file__": name})

        program()
        assert not mocks.failures, "\n".join(mocks.failures)
        assert mocks.registered, f"{name} registered no resource"
        return mocks

    yield run
    asyncio.set_event_loop(None)
    loop.close()


@pytest.mark.parametrize("snippet", PROGRAMS, ids=lambda s: s.id)
def test_python_snippet_runs_and_its_inputs_pass_check(run_program, snippet):
    run_program(snippet.body, snippet.id)


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.parent.name)
def test_example_program_runs_and_its_inputs_pass_check(run_program, example):
    run_program(example.read_text(), str(example), {"docs:activeMembers": '["alice@example.com"]'})


@pytest.mark.parametrize("kind", all_kinds(), ids=lambda k: k.name)
def test_generated_kind_page_example_runs_and_passes_check(run_program, kind):
    run_program(example_snippet(kind), f"reference/{kind.name.lower()}.md")


@pytest.mark.e2e
@pytest.mark.parametrize("snippet", TEST_MODULES, ids=lambda s: s.id)
def test_pytest_snippet_passes_with_the_real_cli(tmp_path, snippet):
    from e2e_support import require_pulumi

    cli = Path(require_pulumi()).parent
    module = tmp_path / "test_snippet.py"
    module.write_text(snippet.body)
    env = {k: v for k, v in __import__("os").environ.items() if not k.startswith(("LANGSMITH_", "PULUMI_"))}
    env["PATH"] = f"{cli}:{Path(sys.executable).parent}:{env.get('PATH', '')}"
    env["PULUMI_HOME"] = str(tmp_path / "pulumi-home")
    env["PULUMI_SKIP_UPDATE_CHECK"] = "true"
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:xdist", str(module)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]


def test_there_are_snippets_to_check():
    assert len(PROGRAMS) >= 8 and TEST_MODULES and EXAMPLES


@pytest.mark.parametrize("snippet", snippets("json"), ids=lambda s: s.id)
def test_json_snippet_parses(snippet):
    json.loads(snippet.body)


@pytest.mark.parametrize("snippet", snippets("yaml"), ids=lambda s: s.id)
def test_yaml_snippet_parses(snippet):
    yaml.safe_load(snippet.body)


def test_policy_page_shows_the_shipped_example_config():
    (shown,) = [s for s in snippets("json") if s.page.name == "policy.md"]
    shipped = ROOT / "policy" / "policy-config.example.json"
    assert json.loads(shown.body) == json.loads(shipped.read_text())


def test_readme_tutorial_is_the_docs_tutorial():
    def program(page: str) -> str:
        return next(s.body for s in PROGRAMS if s.page.name == page and "golden-answers" in s.body)

    assert program("README.md") == program("tutorial-emulator.md")
