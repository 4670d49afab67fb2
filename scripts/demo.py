#!/usr/bin/env python3
"""The demo, against the embedded emulator: `pulumi up`, refresh (no drift) and destroy of two examples.

1. `examples/quickstart`: a workspace with datasets and a tracing project;
2. `examples/agent`: one `pulumi up` deploys an agent, waits for it, and configures an assistant, a daily
   cron and a store item on the URL it reports. The emulator runs with a real Agent Server (`langgraph dev`,
   from `make agent-runtime`, which `make demo` runs first); without it that part is skipped, saying why.

Run it with `make demo` (which builds the virtualenv, the Agent Server runtime and the Pulumi CLI first). It
leaves nothing behind: the emulator and the Agent Server run with this process, Pulumi's state lives in a
temporary directory, and the example folders are restored as they were.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import httpx
from pulumi_langsmith.emulator import EmulatorServer
from rich.console import Console
from rich.rule import Rule

REPO_ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = REPO_ROOT / "examples"
STACK = "demo"
console = Console()


def pulumi(example: Path, *args: str, env: dict[str, str], capture: bool = False) -> subprocess.CompletedProcess[str]:
    """Run the Pulumi CLI in an example folder, streaming its output unless captured."""
    command = ["pulumi", *args, "--non-interactive"]
    console.print(f"[bold cyan]$ {' '.join(command)}")
    result = subprocess.run(command, cwd=example, env=env, text=True, capture_output=capture)
    if result.returncode != 0:
        if capture:
            console.print(result.stdout + result.stderr)
        raise SystemExit(f"demo: `pulumi {' '.join(args)}` in {example.name} failed with exit code {result.returncode}")
    return result


def workspaces(emulator: EmulatorServer) -> list[str]:
    """Display names of the emulator's live workspaces."""
    with httpx.Client(base_url=emulator.base_url, headers={"X-Api-Key": emulator.api_key}) as api:
        return sorted(w["display_name"] for w in api.get("/api/v1/workspaces").json())


def agent_server_objects(emulator: EmulatorServer) -> dict[str, int]:
    """How many assistants (besides the server's own), crons and store items the Agent Server holds (an emptied
    store namespace is still listed by the in-memory runtime, so items are counted)."""
    url = emulator.agent_runtime_url
    if url is None or not emulator.agent_runtime_available:
        return {}
    with httpx.Client(base_url=url, timeout=10) as api:
        assistants = api.post("/assistants/search", json={"limit": 1000}).json()
        return {
            "assistants": sum((a.get("metadata") or {}).get("created_by") != "system" for a in assistants),
            "crons": len(api.post("/runs/crons/search", json={"limit": 1000}).json()),
            "store items": sum(
                len(api.post("/store/items/search", json={"namespace_prefix": ns, "limit": 1000}).json()["items"])
                for ns in api.post("/store/namespaces", json={"limit": 1000}).json()["namespaces"]
            ),
        }


def run_example(name: str, emulator: EmulatorServer, env: dict[str, str], left: Callable[[], object]) -> None:
    """up, outputs, refresh (expect no drift), destroy, and check that `left()` is as before."""
    example = EXAMPLES / name
    venv_link, stack_file = example / "venv", example / f"Pulumi.{STACK}.yaml"
    if stack_file.exists():
        raise SystemExit(
            f"demo: {stack_file} exists: the demo uses its own stack `{STACK}`; move that file away first."
        )
    made_link = False
    try:
        if not venv_link.exists():
            venv_link.symlink_to(Path(sys.prefix), target_is_directory=True)
            made_link = True
        before = left()
        console.print(Rule(f"examples/{name}: pulumi up"))
        pulumi(example, "stack", "init", STACK, env=env)
        pulumi(example, "config", "set", "langsmith:endpoint", emulator.base_url, env=env)
        pulumi(example, "config", "set", "--secret", "langsmith:apiKey", emulator.api_key, env=env)
        pulumi(example, "up", "--yes", "--skip-preview", env=env)
        console.print(Rule("stack outputs"))
        pulumi(example, "stack", "output", env=env)
        console.print(Rule("pulumi refresh (expect no drift)"))
        refresh = pulumi(example, "refresh", "--yes", "--skip-preview", env=env, capture=True)
        console.print(refresh.stdout.rstrip())
        pulumi(example, "preview", "--expect-no-changes", "--diff", env=env)  # fails the demo if anything drifted
        console.print(Rule("pulumi destroy"))
        pulumi(example, "destroy", "--yes", "--skip-preview", env=env)
        pulumi(example, "stack", "rm", "--yes", STACK, env=env)
        after = left()
        if after != before:
            raise SystemExit(f"demo: examples/{name} left something behind after destroy: {before} -> {after}")
        console.print(f"nothing left behind: {after}")
    finally:
        if made_link:
            venv_link.unlink()
        stack_file.unlink(missing_ok=True)


def main() -> int:
    if shutil.which("pulumi") is None:
        console.print("[red]No `pulumi` on PATH: run `make demo`, which builds it with scripts/pulumi-cli.")
        return 1
    with (
        tempfile.TemporaryDirectory(prefix="langsmith-demo-") as state_dir,
        EmulatorServer(agent_runtime=True) as emulator,
    ):
        console.print(Rule("LangSmith emulator"))
        console.print(f"base URL        {emulator.base_url}")
        console.print(f"organization    {emulator.organization_id}")
        console.print(f"workspace       {emulator.workspace_id}")
        state = "langgraph dev" if emulator.agent_runtime_available else "not installed (run `make agent-runtime`)"
        console.print(f"Agent Server    {emulator.agent_runtime_url} ({state})")
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
        run_example("quickstart", emulator, env, lambda: workspaces(emulator))
        if emulator.agent_runtime_available:
            run_example("agent", emulator, env, lambda: agent_server_objects(emulator))
        else:
            console.print(
                "[yellow]examples/agent skipped: the Agent Server runtime is not installed (`make agent-runtime`)."
            )
    console.print(Rule("[green]demo finished: created, refreshed without drift, destroyed"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
