#!/usr/bin/env python3
"""Benchmark: provider CRUD round trips through our client vs raw httpx against the emulator.

Reports ratios measured side by side in one run (alternating rounds, so machine noise hits both),
and the size of the pickled `__provider` per kind. Not a test: nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import statistics
import time
import uuid

import httpx
from pulumi.dynamic import Config, ConfigureRequest
from pulumi.dynamic.dynamic import serialize_provider
from rich.console import Console
from rich.table import Table

from pulumi_langsmith.emulator import EmulatorServer
from pulumi_langsmith.resources import ALL_PROVIDERS, DatasetProvider


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--per-round", type=int, default=20)
    args = parser.parse_args()
    console = Console()

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
        sizes.add_row(provider_class.spec.kind, str(len(serialize_provider(provider_class()))))
    console.print(sizes)


if __name__ == "__main__":
    main()
