"""Helpers for end-to-end tests that run the real Pulumi CLI against the emulator.

Each project runs in its own temporary directory with its own `PULUMI_HOME`, a file backend, a
passphrase secrets provider, no update checks and no plugin downloads. The Python runtime is this test
run's virtualenv, which has pulumi-langsmith installed.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
PROGRAMS = Path(__file__).resolve().parent / "e2e_programs"
PASSPHRASE = "e2e-passphrase"


def kill_processes_in(directory: Path) -> list[int]:
    """SIGKILL every process whose working directory is `directory` (plugins of a killed CLI run in their
    own process groups, and the Python dynamic-provider host never notices that its engine is gone)."""
    import signal

    killed = []
    target = str(directory.resolve())
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            if os.readlink(entry / "cwd") == target:
                os.kill(int(entry.name), signal.SIGKILL)
                killed.append(int(entry.name))
        except OSError:
            continue
    return killed


def pulumi_binary() -> str | None:
    """The Pulumi CLI: on PATH (the Makefile puts .pulumi-cli/bin there), else the project's build."""
    found = shutil.which("pulumi")
    if found:
        return found
    built = REPO_ROOT / ".pulumi-cli" / "bin" / "pulumi"
    return str(built) if built.exists() else None


def require_pulumi() -> str:
    binary = pulumi_binary()
    if binary is None:
        pytest.skip("no Pulumi CLI: run `make test` (it builds one with scripts/pulumi-cli)")
    return binary


@dataclass
class PulumiRun:
    """The outcome of one CLI command."""

    args: list[str]
    returncode: int
    stdout: str
    stderr: str

    @property
    def output(self) -> str:
        return self.stdout + self.stderr

    def json(self) -> Any:
        return json.loads(self.stdout)


@dataclass
class PulumiProject:
    """A Pulumi project in a temporary directory, with a stack, driven through the real CLI."""

    directory: Path
    home: Path
    binary: str
    env_overrides: dict[str, str] = field(default_factory=dict)
    stack: str = "e2e"

    @classmethod
    def create(cls, tmp_path: Path, program: str | Path, name: str = "langsmith-e2e", **env: str) -> PulumiProject:
        binary = require_pulumi()
        source = PROGRAMS / program if isinstance(program, str) else program
        directory = tmp_path / "project"
        shutil.copytree(source, directory, ignore=shutil.ignore_patterns("venv", "Pulumi.*.yaml", "__pycache__"))
        (directory / "Pulumi.yaml").write_text(
            f"name: {name}\n"
            "runtime:\n"
            "  name: python\n"
            "  options:\n"
            "    toolchain: pip\n"
            f"    virtualenv: {Path(sys.prefix)}\n"
        )
        home = tmp_path / "pulumi-home"
        (tmp_path / "backend").mkdir()
        home.mkdir()
        project = cls(directory, home, binary, dict(env))
        project.run("stack", "init", project.stack)
        return project

    def environment(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("LANGSMITH_", "PULUMI_"))}
        bin_dir = str(Path(self.binary).parent)
        env.update(
            {
                "PATH": os.pathsep.join([bin_dir, str(Path(sys.executable).parent), env.get("PATH", "")]),
                "PULUMI_HOME": str(self.home),
                "PULUMI_BACKEND_URL": f"file://{self.home.parent / 'backend'}",
                "PULUMI_CONFIG_PASSPHRASE": PASSPHRASE,
                "PULUMI_SKIP_UPDATE_CHECK": "true",
                "PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION": "true",
                "PULUMI_AUTOMATION_API_SKIP_VERSION_CHECK": "true",
            }
        )
        env.update(self.env_overrides)
        return env

    def run(self, *args: str, check: bool = True, timeout: float = 300) -> PulumiRun:
        flags = []
        if args and args[0] in {"up", "preview", "refresh", "destroy", "stack", "config"}:
            flags.append("--non-interactive")
        if args and args[0] in {"up", "refresh", "destroy"}:
            flags.append("--yes")
        # Our flags go before a `--` (after it, everything is an argument).
        end = args.index("--") if "--" in args else len(args)
        command = [self.binary, *args[:end], *flags, *args[end:]]
        completed = subprocess.run(
            command, cwd=self.directory, env=self.environment(), capture_output=True, text=True, timeout=timeout
        )
        result = PulumiRun(list(args), completed.returncode, completed.stdout, completed.stderr)
        if check and completed.returncode != 0:
            raise AssertionError(f"pulumi {' '.join(args)} failed ({completed.returncode}):\n{result.output}")
        return result

    def config(self, key: str, value: str, *, secret: bool = False) -> None:
        # `--` ends the flags: a generated value (a token) may begin with `-`.
        self.run("config", "set", *(["--secret"] if secret else []), "--", key, value)

    def up(self) -> PulumiRun:
        return self.run("up", "--skip-preview")

    def preview_steps(self) -> list[dict[str, Any]]:
        """Steps of `pulumi preview --json` for our resources (op, urn, type, diffs)."""
        result = self.run("preview", "--json")
        steps = result.json().get("steps", [])
        return [s for s in steps if s["urn"].split("::")[2].startswith("pulumi-python:dynamic/langsmith:")]

    def changes(self) -> dict[str, str]:
        """Planned operation per resource name, leaving out unchanged ones (a replacement shows as `replace`)."""
        planned: dict[str, str] = {}
        for step in self.preview_steps():
            name, op = step["urn"].rsplit("::", 1)[1], step["op"]
            if op == "same":
                continue
            if op in {"replace", "create-replacement", "delete-replaced"}:
                op = "replace"
            planned[name] = op
        return planned

    def outputs(self) -> dict[str, Any]:
        return self.run("stack", "output", "--json").json()

    def export(self) -> dict[str, Any]:
        return self.run("stack", "export").json()

    def resources(self) -> dict[str, dict[str, Any]]:
        """Our resources in the stack state, by resource name."""
        state = self.export()
        return {
            r["urn"].rsplit("::", 1)[1]: r
            for r in state["deployment"].get("resources", [])
            if r.get("type", "").startswith("pulumi-python:dynamic/langsmith:")
        }
