#!/usr/bin/env python3
"""Benchmark: provider CRUD round trips through our client vs raw httpx against the emulator.

Reports ratios measured side by side in one run (alternating rounds, so machine noise hits both),
and the size of the pickled `__provider` per kind. Not a test: nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import contextlib
import statistics
import time
import uuid
from collections.abc import Iterator
from typing import Any
from unittest import mock

import httpx
from pulumi.dynamic import Config, ConfigureRequest
from pulumi.dynamic.dynamic import serialize_provider
from pulumi_langsmith.emulator import EmulatorServer
from pulumi_langsmith.framework.summary import summarize
from pulumi_langsmith.resources import ALL_PROVIDERS, DatasetProvider
from rich.console import Console
from rich.table import Table


def raw_round_trip(http: httpx.Client) -> None:
    """Create, read, update, delete one dataset with bare httpx (4 requests)."""
    created = http.post("/api/v1/datasets", json={"name": f"raw-{uuid.uuid4()}", "data_type": "kv"})
    created.raise_for_status()
    path = f"/api/v1/datasets/{created.json()['id']}"
    http.get(path).raise_for_status()
    http.patch(path, json={"description": "updated"}).raise_for_status()
    http.delete(path).raise_for_status()


def provider_round_trip(provider: DatasetProvider) -> None:
    """Check, create, read, diff, update, delete one dataset through the provider."""
    inputs = provider.check({}, {"name": f"prov-{uuid.uuid4()}"}).inputs
    created = provider.create(inputs)
    read = provider.read(created.id, created.outs)
    news = {**inputs, "description": "updated"}
    provider.diff(created.id, read.outs, news)
    updated = provider.update(created.id, read.outs, news)
    provider.delete(created.id, updated.outs)


def pulumi_up_comparison(console: Console, count: int, rounds: int, latency_ms: int, creates: float) -> None:
    """`pulumi up` of `count` datasets vs `count` no-op dynamic resources, alternating, plus state bytes.

    With `latency_ms`, every emulator request takes that long (as the real API's round trips do); the
    datasets' time is then also compared with its floor: the no-op time plus ceil(count / 4) waves of
    `creates` requests (the dynamic-provider host serves at most 4 operations at once)."""
    import json
    import math
    import os
    import shutil
    import subprocess
    import sys
    import tempfile
    from pathlib import Path

    if shutil.which("pulumi") is None:
        console.print("[yellow]skipping the pulumi up comparison: no `pulumi` on PATH (use `make bench`)")
        return
    programs = Path(__file__).resolve().parent / "bench_programs"

    def prepare(workdir: Path, program: str, emulator: EmulatorServer) -> tuple[Path, dict[str, str]]:
        project = workdir / program
        shutil.copytree(programs / program, project)
        (project / "Pulumi.yaml").write_text(
            f"name: bench-{program}\nruntime:\n  name: python\n  options:\n    toolchain: pip\n"
            f"    virtualenv: {sys.prefix}\n"
        )
        env = {k: v for k, v in os.environ.items() if not k.startswith(("LANGSMITH_", "PULUMI_"))}
        env.update(
            PULUMI_HOME=str(workdir / f"home-{program}"),
            PULUMI_BACKEND_URL=f"file://{workdir}",
            PULUMI_CONFIG_PASSPHRASE="bench",
            PULUMI_SKIP_UPDATE_CHECK="true",
            PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION="true",
            LANGSMITH_API_KEY=emulator.api_key,
            LANGSMITH_ENDPOINT=emulator.base_url,
        )
        run(project, env, "stack", "init", program)
        run(project, env, "config", "set", "count", str(count))
        return project, env

    def run(project: Path, env: dict[str, str], *args: str) -> float:
        start = time.perf_counter()
        subprocess.run(["pulumi", *args, "--non-interactive"], cwd=project, env=env, check=True, capture_output=True)
        return time.perf_counter() - start

    timings: dict[str, list[float]] = {"datasets": [], "noop": []}
    state_bytes: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="langsmith-bench-") as tmp, EmulatorServer() as emulator:
        emulator.faults.latency_ms = latency_ms
        projects = {name: prepare(Path(tmp), name, emulator) for name in timings}
        for _ in range(rounds):
            for name, (project, env) in projects.items():
                timings[name].append(run(project, env, "up", "--yes", "--skip-preview"))
                exported = subprocess.run(
                    ["pulumi", "stack", "export"], cwd=project, env=env, check=True, capture_output=True, text=True
                ).stdout
                resources = [
                    r
                    for r in json.loads(exported)["deployment"]["resources"]
                    if r["type"].startswith("pulumi-python:dynamic")
                ]
                state_bytes[name] = sum(len(json.dumps(r)) for r in resources) / len(resources)
                run(project, env, "destroy", "--yes", "--skip-preview")
    data, noop = statistics.median(timings["datasets"]), statistics.median(timings["noop"])
    title = f"pulumi up of {count} resources against the emulator, {latency_ms} ms per request"
    table = Table(title=f"{title} (median of {rounds} alternating runs)")
    table.add_column("program")
    table.add_column("seconds", justify="right")
    table.add_column("state bytes / resource", justify="right")
    table.add_row(f"{count} Datasets", f"{data:.2f}", f"{state_bytes['datasets']:.0f}")
    table.add_row(f"{count} no-op dynamic resources", f"{noop:.2f}", f"{state_bytes['noop']:.0f}")
    table.add_row(
        "[bold]ratio datasets / no-op",
        f"[bold]{data / noop:.2f}x",
        f"{state_bytes['datasets'] / state_bytes['noop']:.2f}x",
    )
    floor = noop + math.ceil(count / 4) * latency_ms / 1000 * creates
    table.add_row(
        f"floor: no-op + ceil({count}/4) x {latency_ms} ms x {creates:g} request(s) per create", f"{floor:.2f}", ""
    )
    table.add_row("[bold]ratio datasets / floor (goal <= 1.3x)", f"[bold]{data / floor:.2f}x", "")
    console.print(table)


class RequestCounter:
    """Counts the HTTP requests the provider sends, to every API (LangSmith, control plane, SCIM, Agent Server)."""

    def __init__(self) -> None:
        self.counts: dict[str, float] = {}

    @contextlib.contextmanager
    def counting(self, operation: str) -> Iterator[None]:
        send = httpx.Client.send
        self.counts[operation] = 0

        def counted(client: httpx.Client, request: httpx.Request, **kwargs: Any) -> httpx.Response:
            self.counts[operation] += 1
            return send(client, request, **kwargs)

        with mock.patch.object(httpx.Client, "send", counted):
            yield


def requests_per_operation(console: Console) -> dict[str, dict[str, float]]:
    """HTTP requests per create, read, update and delete of every registered kind, on the common path.

    Each kind's conformance example is created, read, updated in place and deleted through its provider
    against a fresh emulator; kinds whose example needs a set-up (an accepted member, a SCIM token, a
    control plane, an Agent Server) are prepared by the conformance suite's own set-ups
    (`tests/test_conformance.py`, `SETUPS`), so every kind is measured the way the suite runs it."""
    import sys
    from pathlib import Path

    from pulumi_langsmith.framework.registry import all_kinds
    from pulumi_langsmith.testing import LangSmithEmulator
    from pulumi_langsmith.typed import ALL_PROVIDERS as TYPED

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
    import test_conformance as conformance  # type: ignore[import-not-found]

    providers = {p.kind.name: p for p in TYPED}
    sent = RequestCounter()
    results: dict[str, dict[str, float]] = {}
    table = Table(title="HTTP requests per operation, common path (goal: 1 each)")
    for column in ("kind", "create", "read", "update", "delete", "note"):
        table.add_column(column, justify="left" if column in ("kind", "note") else "right")
    for kind in all_kinds():
        example = kind.conformance
        with EmulatorServer() as server:
            # The suite's set-ups take the pytest fixture's view of an emulator organisation.
            emulator = LangSmithEmulator(server, server.organization_id, server.workspace_id, server.api_key)
            provider = providers[kind.name]()
            config = {"langsmith:apiKey": emulator.api_key, "langsmith:endpoint": emulator.base_url}
            setup = conformance.SETUPS[example.setup](emulator, example.example) if example.setup else None
            values = conformance.merged(example.example, setup.overrides if setup else None)
            update = conformance.merged(example.update, setup.changes.get("update") if setup else None)
            if setup:
                config.update({f"langsmith:{k}": v for k, v in setup.config.items()})
            provider.configure(ConfigureRequest(Config(config, "bench")))
            owner = {"__identity": f"bench/bench/{kind.name}/one"}
            inputs = provider.check({}, {**values, **owner}).inputs
            counts: dict[str, float] = {}
            with sent.counting("create"):
                created = provider.create(inputs)
            with sent.counting("read"):
                read = provider.read(created.id, created.outs)
            news = provider.check(read.outs, {**values, **update, **owner}).inputs
            with sent.counting("update"):
                updated = provider.update(created.id, read.outs, news)
            with sent.counting("delete"):
                provider.delete(created.id, updated.outs)
            counts = dict(sent.counts)
        notes = []
        if not example.update:
            notes.append("no in-place change: every input replaces")
        if counts["delete"] == 0:
            notes.append("destroy forgets: the API has no delete")
        results[kind.name] = counts
        row = (f"{counts[op]:g}" for op in ("create", "read", "update", "delete"))
        table.add_row(kind.name, *row, "; ".join(notes))
    console.print(table)
    return results


def deployment_lag(console: Console, runs: int, stage_seconds: list[float]) -> None:
    """Lag between the emulator marking a revision DEPLOYED and `Deployment` create returning (median of runs).

    The emulator computes revision status from the clock, so the moment a revision becomes DEPLOYED is
    exact: its creation time plus its planned stage durations. Compared with what a fixed 5-second poll
    (the official Terraform provider) would give for the same build length.
    """
    import math

    from pulumi_langsmith.emulator.families.control_plane.routes import control_plane_settings
    from pulumi_langsmith.emulator.families.control_plane.tables import DEPLOYMENT_REVISIONS
    from pulumi_langsmith.framework.engine import OWNER_KEY
    from pulumi_langsmith.resources import DeploymentProvider

    table = Table(title=f"Deployment create: lag after the revision is DEPLOYED (median of {runs} runs)")
    table.add_column("time to DEPLOYED", justify="right")
    table.add_column("median lag (ms)", justify="right")
    table.add_column("max lag (ms)", justify="right")
    table.add_column("revision polls", justify="right")
    table.add_column("fixed 5 s poll lag (ms)", justify="right")
    with EmulatorServer() as emulator:
        provider = DeploymentProvider()
        provider.configure(
            ConfigureRequest(
                Config({"langsmith:apiKey": emulator.api_key, "langsmith:endpoint": emulator.base_url}, "bench")
            )
        )
        timing = control_plane_settings(emulator.app)
        for stage in stage_seconds:
            timing.stage_seconds = stage
            lags: list[float] = []
            polls: list[int] = []
            total = 0.0
            for index in range(runs):
                name = f"bench-{uuid.uuid4().hex[:8]}"
                props = {
                    OWNER_KEY: f"bench/lag/Deployment/{name}",
                    "name": name,
                    "source": "external_docker",
                    "source_config": {"resource_spec": {"min_scale": 1, "max_scale": 1}},
                    "source_revision_config": {"image_uri": f"registry.example.com/agent:{index}"},
                    "wait_timeout_seconds": 600,
                }
                inputs = provider.check({}, props).inputs
                emulator.clear_log()
                created = provider.create(inputs)
                returned = time.time()
                revision = emulator.store.get(DEPLOYMENT_REVISIONS, created.outs["latest_revision_id"])
                total = sum(seconds for _, seconds in revision["_plan"]["stages"])
                lags.append(returned - (revision["_t0"] + total))
                polls.append(sum(1 for r in emulator.requests if "/revisions/" in r.path))
                provider.delete(created.id, created.outs)
            fixed = (math.ceil(total / 5) * 5 - total) * 1000 if total % 5 else 0.0
            table.add_row(
                f"{total:.1f} s",
                f"{statistics.median(lags) * 1000:.0f}",
                f"{max(lags) * 1000:.0f}",
                f"{statistics.median(polls):.0f}",
                f"{fixed:.0f}",
            )
    console.print(table)
    deployment_up_lag(console, runs, stage_seconds)


def deployment_up_lag(console: Console, runs: int, stage_seconds: list[float]) -> None:
    """Lag between the emulator marking a revision DEPLOYED and `pulumi up` returning (median of runs).

    Each run is a real `pulumi up` of `bench_programs/deployment` with a new image (an update that makes a
    revision and waits for it): the lag includes the CLI writing its state and exiting, as a pipeline sees it.
    """
    import math
    import os
    import shutil
    import subprocess
    import sys
    import tempfile
    from pathlib import Path

    from pulumi_langsmith.emulator.families.control_plane.routes import control_plane_settings
    from pulumi_langsmith.emulator.families.control_plane.tables import DEPLOYMENT_REVISIONS

    if shutil.which("pulumi") is None:
        console.print("[yellow]skipping the pulumi up lag: no `pulumi` on PATH (use `make bench`)")
        return
    table = Table(title=f"pulumi up (Deployment update): lag after the revision is DEPLOYED (median of {runs} runs)")
    for column in ("time to DEPLOYED", "median lag (ms)", "max lag (ms)", "fixed 5 s poll lag (ms)"):
        table.add_column(column, justify="right")
    with tempfile.TemporaryDirectory(prefix="langsmith-bench-") as tmp, EmulatorServer() as emulator:
        project = Path(tmp) / "deployment"
        shutil.copytree(Path(__file__).resolve().parent / "bench_programs" / "deployment", project)
        (project / "Pulumi.yaml").write_text(
            "name: bench-deployment\nruntime:\n  name: python\n  options:\n    toolchain: pip\n"
            f"    virtualenv: {sys.prefix}\n"
        )
        env = {k: v for k, v in os.environ.items() if not k.startswith(("LANGSMITH_", "PULUMI_"))}
        env.update(
            PULUMI_HOME=str(Path(tmp) / "home"),
            PULUMI_BACKEND_URL=f"file://{tmp}",
            PULUMI_CONFIG_PASSPHRASE="bench",
            PULUMI_SKIP_UPDATE_CHECK="true",
            PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION="true",
            LANGSMITH_API_KEY=emulator.api_key,
            LANGSMITH_ENDPOINT=emulator.base_url,
        )

        def pulumi(*args: str) -> str:
            command = ["pulumi", *args, "--non-interactive"]
            return subprocess.run(command, cwd=project, env=env, check=True, capture_output=True, text=True).stdout

        timing = control_plane_settings(emulator.app)
        pulumi("stack", "init", "bench")
        pulumi("config", "set", "image", "registry.example.com/agent:0")
        pulumi("up", "--yes", "--skip-preview")
        for stage in stage_seconds:
            timing.stage_seconds = stage
            lags: list[float] = []
            total = 0.0
            for index in range(runs):
                pulumi("config", "set", "image", f"registry.example.com/agent:{stage}-{index}")
                pulumi("up", "--yes", "--skip-preview")
                returned = time.time()
                revision = emulator.store.get(DEPLOYMENT_REVISIONS, pulumi("stack", "output", "revision").strip())
                total = sum(seconds for _, seconds in revision["_plan"]["stages"])
                lags.append(returned - (revision["_t0"] + total))
            fixed = (math.ceil(total / 5) * 5 - total) * 1000 if total % 5 else 0.0
            table.add_row(
                f"{total:.1f} s", f"{statistics.median(lags) * 1000:.0f}", f"{max(lags) * 1000:.0f}", f"{fixed:.0f}"
            )
        pulumi("destroy", "--yes", "--skip-preview")
    console.print(table)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--per-round", type=int, default=20)
    parser.add_argument("--pulumi-count", type=int, default=100, help="resources per `pulumi up` in the CLI comparison")
    parser.add_argument("--pulumi-rounds", type=int, default=3)
    parser.add_argument("--latency-ms", type=int, default=50, help="emulated latency of every request in `pulumi up`")
    parser.add_argument("--skip-pulumi", action="store_true", help="skip the `pulumi up` comparison")
    parser.add_argument(
        "--deployment-lag",
        action="store_true",
        help="only measure the lag from DEPLOYED to Deployment create returning",
    )
    parser.add_argument("--deployment-lag-runs", type=int, default=7)
    parser.add_argument(
        "--deployment-stage-seconds", type=float, nargs="+", default=[0.05, 0.3, 1.5],
        help="emulated seconds per revision stage (external_docker has 4 stages before DEPLOYED)",
    )  # fmt: skip
    args = parser.parse_args()
    console = Console()
    if args.deployment_lag:
        deployment_lag(console, args.deployment_lag_runs, args.deployment_stage_seconds)
        return

    with EmulatorServer() as emulator:
        provider = DatasetProvider()
        provider.configure(
            ConfigureRequest(
                Config({"langsmith:apiKey": emulator.api_key, "langsmith:endpoint": emulator.base_url}, "bench")
            )
        )
        http = httpx.Client(base_url=emulator.base_url, headers={"X-Api-Key": emulator.api_key})
        raw_round_trip(http)
        provider_round_trip(provider)  # warm both paths

        raw_times: list[float] = []
        provider_times: list[float] = []
        for _ in range(args.rounds):
            start = time.perf_counter()
            for _ in range(args.per_round):
                raw_round_trip(http)
            raw_times.append((time.perf_counter() - start) / args.per_round)
            start = time.perf_counter()
            for _ in range(args.per_round):
                provider_round_trip(provider)
            provider_times.append((time.perf_counter() - start) / args.per_round)
        emulator.clear_log()
        provider_round_trip(provider)
        provider_requests = len(emulator.requests)
        http.close()

    raw_ms, prov_ms = statistics.median(raw_times) * 1000, statistics.median(provider_times) * 1000
    table = Table(title="CRUD round trip of one dataset against the emulator (median of rounds)")
    table.add_column("path")
    table.add_column("ms / round trip", justify="right")
    table.add_column("HTTP requests", justify="right")
    table.add_row("raw httpx (POST, GET, PATCH, DELETE)", f"{raw_ms:.2f}", "4")
    table.add_row("provider check→create→read→diff→update→delete", f"{prov_ms:.2f}", str(provider_requests))
    table.add_row("[bold]ratio provider / raw", f"[bold]{prov_ms / raw_ms:.2f}x", f"{provider_requests / 4:.2f}x")
    table.add_row("ratio per HTTP request", f"{(prov_ms / provider_requests) / (raw_ms / 4):.2f}x", "")
    console.print(table)

    sizes = Table(title="Pickled __provider per kind (base64 characters)")
    sizes.add_column("kind")
    sizes.add_column("size", justify="right")
    for provider_class in ALL_PROVIDERS:
        sizes.add_row(summarize(provider_class).name, str(len(serialize_provider(provider_class()))))
    console.print(sizes)

    per_operation = requests_per_operation(console)

    if not args.skip_pulumi:
        creates = per_operation.get("Dataset", {}).get("create", 1.0)
        pulumi_up_comparison(console, args.pulumi_count, args.pulumi_rounds, args.latency_ms, creates)


if __name__ == "__main__":
    main()
