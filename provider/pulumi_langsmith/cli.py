"""The `pulumi-langsmith` command line."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

app = typer.Typer(
    name="pulumi-langsmith",
    help="Manage LangSmith as code with Pulumi.",
    no_args_is_help=True,
    rich_markup_mode="rich",
)
console = Console()


@app.callback()
def main() -> None:
    """Manage LangSmith as code with Pulumi."""


@app.command()
def emulator(
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=0, max=65535, help="Port to listen on (0: any free port).")] = 1984,
    data: Annotated[
        Path | None,
        typer.Option(help="SQLite file to keep state in across restarts (default: in memory).", dir_okay=False),
    ] = None,
    api_key: Annotated[
        str | None, typer.Option(help="Organisation-admin API key to accept (default: a generated one).")
    ] = None,
    fail_rate: Annotated[float, typer.Option(min=0.0, max=1.0, help="Fraction of requests answered 503.")] = 0.0,
    throttle_rate: Annotated[
        float, typer.Option(min=0.0, max=1.0, help="Fraction of requests answered 429 with Retry-After.")
    ] = 0.0,
    retry_after: Annotated[int, typer.Option(min=0, help="Retry-After seconds of injected 429s.")] = 1,
    drop_rate: Annotated[
        float, typer.Option(min=0.0, max=1.0, help="Fraction of connections dropped before handling.")
    ] = 0.0,
    drop_after_rate: Annotated[
        float,
        typer.Option(min=0.0, max=1.0, help="Fraction of requests handled, then their response dropped."),
    ] = 0.0,
    latency_ms: Annotated[int, typer.Option(min=0, help="Delay added to every request, in milliseconds.")] = 0,
    seed: Annotated[int | None, typer.Option(help="Random seed for reproducible fault injection.")] = None,
    log_level: Annotated[str, typer.Option(help="uvicorn log level (info shows every request).")] = "info",
) -> None:
    """Serve a local LangSmith API emulator in the foreground until Ctrl-C."""
    from .emulator import FaultConfig, create_app
    from .emulator.server import base_url_of, bind_socket, serve_forever

    faults = FaultConfig(
        fail_rate=fail_rate,
        throttle_rate=throttle_rate,
        retry_after=retry_after,
        drop_rate=drop_rate,
        drop_after_rate=drop_after_rate,
        latency_ms=latency_ms,
        seed=seed,
    )
    try:
        emulator_app = create_app(db_path=str(data) if data else None, api_key=api_key, faults=faults)
        sock = bind_socket(host, port)
    except (OSError, ValueError) as error:
        console.print(f"[red]Cannot start the emulator:[/red] {error}")
        raise typer.Exit(1) from error
    base_url = base_url_of(sock)

    table = Table(title="LangSmith emulator", show_header=False, title_justify="left")
    table.add_column(style="bold")
    table.add_column()
    table.add_row("Base URL", base_url)
    table.add_row("Organization ID", emulator_app.state.organization_id)
    table.add_row("Workspace ID", emulator_app.state.workspace_id)
    table.add_row("Admin API key", emulator_app.state.api_key)
    table.add_row("Data", str(data) if data else "in memory")
    active = {
        name: value
        for name, value in (
            ("fail rate", fail_rate),
            ("throttle rate", throttle_rate),
            ("drop rate", drop_rate),
            ("drop-after rate", drop_after_rate),
            ("latency ms", latency_ms),
        )
        if value
    }
    if active:
        table.add_row("Faults", ", ".join(f"{name} {value}" for name, value in active.items()))
    console.print(table)
    console.print(
        f"export LANGSMITH_ENDPOINT={base_url} LANGSMITH_API_KEY={emulator_app.state.api_key} "
        f"LANGSMITH_WORKSPACE_ID={emulator_app.state.workspace_id}",
        soft_wrap=True,
        highlight=False,
    )
    console.print("[dim]Press Ctrl-C to stop.[/dim]")
    serve_forever(emulator_app, sock, log_level=log_level)
