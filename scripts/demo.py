#!/usr/bin/env python3
"""The demo: `pulumi up` of examples/quickstart against the embedded emulator, then refresh and destroy.

Run it with `make demo` (which builds the virtualenv and the Pulumi CLI first). It leaves nothing
behind: the emulator runs in this process, Pulumi's state lives in a temporary directory, and the
example folder is restored as it was.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import httpx
from pulumi_langsmith.emulator import EmulatorServer
from rich.console import Console
from rich.rule import Rule

REPO_ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = REPO_ROOT / "examples" / "quickstart"
STACK = "demo"
console = Console()


def pulumi(*args: str, env: dict[str, str], capture: bool = False) -> subprocess.CompletedProcess[str]:
    """Run the Pulumi CLI in the example folder, streaming its output unless captured."""
    command = ["pulumi", *args, "--non-interactive"]
    console.print(f"[bold cyan]$ {' '.join(command)}")
    result = subprocess.run(command, cwd=EXAMPLE, env=env, text=True, capture_output=capture)
    if result.returncode != 0:
        if capture:
            console.print(result.stdout + result.stderr)
        raise SystemExit(f"demo: `pulumi {' '.join(args)}` failed with exit code {result.returncode}")
    return result


def workspaces(emulator: EmulatorServer) -> list[str]:
    """Display names of the emulator's live workspaces."""
    with httpx.Client(base_url=emulator.base_url, headers={"X-Api-Key": emulator.api_key}) as api:
        return sorted(w["display_name"] for w in api.get("/api/v1/workspaces").json())


def main() -> int:
    if shutil.which("pulumi") is None:
        console.print("[red]No `pulumi` on PATH: run `make demo`, which builds it with scripts/pulumi-cli.")
        return 1
    venv_link = EXAMPLE / "venv"
    stack_file = EXAMPLE / f"Pulumi.{STACK}.yaml"
    if stack_file.exists():
        console.print(f"[red]{stack_file} exists: the demo uses its own stack `{STACK}`; move that file away first.")
        return 1
    made_link = False
    with tempfile.TemporaryDirectory(prefix="langsmith-demo-") as state_dir, EmulatorServer() as emulator:
        console.print(Rule("LangSmith emulator"))
        console.print(f"base URL        {emulator.base_url}")
        console.print(f"organization    {emulator.organization_id}")
        console.print(f"workspace       {emulator.workspace_id}")
        env = {k: v for k, v in os.environ.items() if not k.startswith("LANGSMITH_")}
        env.update(
            {
                "PULUMI_HOME": str(Path(state_dir) / "home"),
                "PULUMI_BACKEND_URL": f"file://{state_dir}",
                "PULUMI_CONFIG_PASSPHRASE": "demo",
                "PULUMI_SKIP_UPDATE_CHECK": "true",
                "PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION": "true",
            }
        )
        try:
            if not venv_link.exists():
                venv_link.symlink_to(Path(sys.prefix), target_is_directory=True)
                made_link = True
            before = workspaces(emulator)
            console.print(Rule("pulumi up"))
            pulumi("stack", "init", STACK, env=env)
            pulumi("config", "set", "langsmith:endpoint", emulator.base_url, env=env)
            pulumi("config", "set", "--secret", "langsmith:apiKey", emulator.api_key, env=env)
            pulumi("up", "--yes", "--skip-preview", env=env)
            console.print(Rule("stack outputs"))
            pulumi("stack", "output", env=env)
            console.print(Rule("pulumi refresh (expect no drift)"))
            refresh = pulumi("refresh", "--yes", "--skip-preview", env=env, capture=True)
            console.print(refresh.stdout.rstrip())
            pulumi("preview", "--expect-no-changes", "--diff", env=env)  # fails the demo if anything drifted
            console.print(Rule("pulumi destroy"))
            pulumi("destroy", "--yes", "--skip-preview", env=env)
            pulumi("stack", "rm", "--yes", STACK, env=env)
            left = workspaces(emulator)
            if left != before:
                raise SystemExit(f"demo: workspaces left behind after destroy: {sorted(set(left) - set(before))}")
            console.print(f"the emulator holds only what it started with: {left}")
        finally:
            if made_link:
                venv_link.unlink()
            stack_file.unlink(missing_ok=True)
    console.print(Rule("[green]demo finished: created, refreshed without drift, destroyed"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
