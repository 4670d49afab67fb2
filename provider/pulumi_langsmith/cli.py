"""The `pulumi-langsmith` command line."""

from __future__ import annotations

import ipaddress
from pathlib import Path
from typing import Annotated, Any

import click
import typer
import typer.core
from rich.console import Console
from rich.table import Table

from ._version import __version__

USAGE_ERROR_EXIT = 1
"""Exit code of a usage error (unknown option, bad value). Click's default is 2, which `drift` means as
"drift found": a mistyped flag in a CI job must never read as drift."""


def _usage_error_classes() -> tuple[type[Exception], ...]:
    """Click's UsageError, and typer's vendored copy of click's (typer >= 0.25 ships its own click)."""
    classes: list[type[Exception]] = [click.UsageError]
    try:
        from typer._click.exceptions import UsageError as VendoredUsageError

        classes.append(VendoredUsageError)
    except ImportError:
        pass
    return tuple(classes)


_USAGE_ERRORS = _usage_error_classes()


class _Group(typer.core.TyperGroup):
    """The command group: usage errors exit 1, not click's 2."""

    def make_context(self, *args: Any, **kwargs: Any) -> Any:
        try:
            return super().make_context(*args, **kwargs)
        except _USAGE_ERRORS as error:
            error.exit_code = USAGE_ERROR_EXIT  # type: ignore[attr-defined]
            raise

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except _USAGE_ERRORS as error:  # a subcommand's own parsing happens inside the group's invoke
            error.exit_code = USAGE_ERROR_EXIT  # type: ignore[attr-defined]
            raise


def _flags_without_a_type(option: Any, ctx: Any) -> str | None:
    """Help shows a flag as `--json`, not `--json <bool>` (typer's rich help labels every option with a type)."""
    if getattr(option, "is_flag", False):
        return None
    return _typed_display(option, ctx)


_typed_display = typer.core.TyperOption.display_type_rich
setattr(typer.core.TyperOption, "display_type_rich", _flags_without_a_type)  # noqa: B010 (a method patch)

app = typer.Typer(
    name="pulumi-langsmith",
    help="Manage LangSmith as code with Pulumi.",
    no_args_is_help=True,
    rich_markup_mode="rich",
    cls=_Group,
    add_completion=False,
)
console = Console()
# Third-party packages only the emulator imports: the `emulator` extra (fastapi brings starlette).
EMULATOR_DEPENDENCIES = frozenset({"fastapi", "starlette", "uvicorn"})
#: `--max-body-mb` default: `emulator.limits.DEFAULT_MAX_BODY_BYTES` in MiB (not imported: fastapi may be absent).
DEFAULT_MAX_BODY_MB = 10.0


def is_loopback(host: str) -> bool:
    """Whether listening on `host` keeps the emulator on this machine (`localhost` or a loopback address)."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _print_version(value: bool) -> None:
    if value:
        typer.echo(f"pulumi-langsmith {__version__}")
        raise typer.Exit(0)


@app.callback()
def main(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_print_version, is_eager=True, help="Print the version and exit."),
    ] = False,
) -> None:
    """Manage LangSmith as code with Pulumi."""


@app.command()
def emulator(
    host: Annotated[
        str,
        typer.Option(help="Interface to listen on. Anything but loopback exposes the emulator (a warning is printed)."),
    ] = "127.0.0.1",
    port: Annotated[
        int,
        typer.Option(min=0, max=65535, help="Port to listen on (0: any free port).", envvar="LANGSMITH_EMULATOR_PORT"),
    ] = 1984,
    data: Annotated[
        Path | None,
        typer.Option(help="SQLite file to keep state in across restarts (default: in memory).", dir_okay=False),
    ] = None,
    api_key: Annotated[
        str | None,
        typer.Option(
            help="Organisation-admin API key to accept (default: a generated one).",
            envvar="LANGSMITH_EMULATOR_API_KEY",
        ),
    ] = None,
    show_key: Annotated[
        bool, typer.Option("--show-key", help="Print the admin API key in the banner and its export line.")
    ] = False,
    webhook_allow: Annotated[
        list[str] | None,
        typer.Option(
            metavar="HOST[:PORT]",
            help="Let prompt-webhook test deliveries reach this host (any port without :PORT) over http and at "
            "private or loopback addresses; repeatable. Otherwise only https to public addresses.",
        ),
    ] = None,
    max_body_mb: Annotated[
        float, typer.Option(min=0.001, help="Largest request body accepted, in MiB; larger ones answer 413.")
    ] = DEFAULT_MAX_BODY_MB,
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
    deployment_stage_seconds: Annotated[
        float,
        typer.Option(
            min=0.0,
            help="Seconds a deployment revision spends in each stage (CREATING, QUEUED, ... DEPLOYING). Make one "
            "fail with a repo_ref/image_uri containing emulator-fail-build or emulator-fail-deploy, or the "
            "variable LANGSMITH_EMULATOR_FAIL=build|deploy.",
        ),
    ] = 1.0,
    deployment_delete_seconds: Annotated[
        float, typer.Option(min=0.0, help="Seconds a deleted deployment stays AWAITING_DELETE before it is gone.")
    ] = 1.0,
    agent_runtime: Annotated[
        bool,
        typer.Option(
            help="Start a real Agent Server (langgraph dev, from `make agent-runtime`) that github deployments "
            "report as their url; without the runtime installed, that url answers 503 saying how to install it.",
        ),
    ] = False,
) -> None:
    """Serve a local LangSmith API emulator in the foreground until Ctrl-C.

    Needs the `emulator` extra: pip install 'pulumi-langsmith\\[emulator]'.
    """
    try:
        from .emulator import FaultConfig, create_app
        from .emulator.server import base_url_of, bind_socket, serve_forever
    except ImportError as error:
        if (error.name or "").split(".")[0] not in EMULATOR_DEPENDENCIES:
            raise
        console.print(
            f"[red]The emulator needs {error.name}, which is not installed.[/red] Install the emulator extra:\n"
            "  pip install 'pulumi-langsmith\\[emulator]'",
            highlight=False,
        )
        raise typer.Exit(1) from None

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
        emulator_app = create_app(
            db_path=str(data) if data else None,
            api_key=api_key,
            faults=faults,
            webhook_allow=webhook_allow or (),
            max_body_bytes=int(max_body_mb * 1024 * 1024),
        )
        sock = bind_socket(host, port)
    except (OSError, ValueError) as error:
        console.print(f"[red]Cannot start the emulator:[/red] {error}")
        raise typer.Exit(1) from error
    base_url = base_url_of(sock)
    from .emulator.families.control_plane.routes import control_plane_settings

    timing = control_plane_settings(emulator_app)
    timing.stage_seconds, timing.delete_seconds = deployment_stage_seconds, deployment_delete_seconds

    table = Table(title="LangSmith emulator", show_header=False, title_justify="left")
    table.add_column(style="bold")
    table.add_column()
    table.add_row("Base URL", base_url)
    table.add_row("Organization ID", emulator_app.state.organization_id)
    table.add_row("Workspace ID", emulator_app.state.workspace_id)
    key = emulator_app.state.api_key
    table.add_row("Admin API key", key if show_key else "hidden (--show-key prints it)")
    table.add_row("Data", str(data) if data else "in memory")
    table.add_row("Deployments", f"{deployment_stage_seconds:g} s per revision stage")
    runtime = None
    if agent_runtime:
        from .emulator.agent_runtime import start_or_explain

        runtime = start_or_explain()
        timing.agent_server_url = runtime.url
        state = "langgraph dev" if runtime.available else "not installed: answers 503 (run `make agent-runtime`)"
        table.add_row("Agent Server", f"{runtime.url} ({state})")
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
    if webhook_allow:
        table.add_row("Webhooks allowed", ", ".join(webhook_allow))
    console.print(table)
    key_export = f" LANGSMITH_API_KEY={key}" if show_key else ""
    console.print(
        f"export LANGSMITH_ENDPOINT={base_url}{key_export} LANGSMITH_WORKSPACE_ID={emulator_app.state.workspace_id}",
        soft_wrap=True,
        highlight=False,
    )
    if not is_loopback(host):
        Console(stderr=True).print(
            f"[yellow]Warning:[/yellow] listening on {host}, beyond loopback: anyone who can reach this port can "
            "call the emulator, and API keys travel in clear over http.",
            highlight=False,
        )
    console.print("[dim]Press Ctrl-C to stop.[/dim]")
    try:
        serve_forever(emulator_app, sock, log_level=log_level)
    finally:
        if runtime is not None:
            runtime.stop()


@app.command(hidden=True)
def schema(
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write to this file instead of stdout.", dir_okay=False)
    ] = None,
) -> None:
    """Maintainers: print the Pulumi package schema (schema.json, package `langsmith`) of every resource kind."""
    from .schema import schema_json

    text = schema_json()
    if output is None:
        typer.echo(text, nl=False)
    else:
        output.write_text(text, encoding="utf-8")


@app.command(hidden=True)
def codegen(
    check: Annotated[
        bool, typer.Option("--check", help="Only check that typed.py is current (exit 1 if not).")
    ] = False,
) -> None:
    """Maintainers: regenerate the typed resource classes (pulumi_langsmith/typed.py) from the kind declarations."""
    from .framework import codegen as generator

    current = generator.TARGET.read_text(encoding="utf-8") if generator.TARGET.exists() else ""
    wanted = generator.format_source(generator.generate())
    if check:
        if wanted != current:
            console.print(f"[red]{generator.TARGET} is out of date:[/red] run `pulumi-langsmith codegen`.")
            raise typer.Exit(1)
        console.print(f"{generator.TARGET} is up to date.")
    elif wanted != current:
        generator.TARGET.write_text(wanted, encoding="utf-8")
        console.print(f"Updated {generator.TARGET}.")


@app.command(hidden=True)
def docs(
    output: Annotated[
        Path,
        typer.Option("--output", "-o", help="Directory to write the generated reference pages to.", file_okay=False),
    ] = Path("build/docs-reference"),
) -> None:
    """Maintainers: write the docs site's generated pages (one per kind, reference index, types) as Markdown.

    The site build (`make docs`) generates them itself from the kind registry; this is for reading them
    without mkdocs. Nothing checked in is generated, so there is nothing to regenerate.
    """
    from .docs import site_pages

    for path, (_, content) in site_pages().items():
        target = output / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(content, encoding="utf-8")
    console.print(f"Wrote {len(site_pages())} pages under {output}.")


@app.command()
def drift(
    stack: Annotated[
        str | None, typer.Option("--stack", "-s", help="Stack to check (default: the selected one).")
    ] = None,
    cwd: Annotated[Path | None, typer.Option(help="Directory of the Pulumi project.", file_okay=False)] = None,
    json_output: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
    audit_days: Annotated[
        int,
        typer.Option(
            min=0,
            max=90,
            help="Days of the organisation's audit log searched for who changed each drifted object (0: none).",
        ),
    ] = 7,
) -> None:
    """Report resources changed or deleted outside Pulumi (a preview-only refresh; nothing is written), and who
    last changed each one and when, when the audit log can tell (it takes an organisation admin's key).

    Exit code 0: no drift; 2: drift; 1: the check could not run. Secret values are never printed.
    """
    import json

    from .drift import DriftError, attribute, detect_drift, render_table, stack_settings

    try:
        report = detect_drift(stack=stack, cwd=str(cwd) if cwd else None)
        if report.has_drift and audit_days:
            report = attribute(report, stack_settings(stack, str(cwd) if cwd else None), days=audit_days)
    except DriftError as error:
        if json_output:
            typer.echo(json.dumps({"stack": stack, "error": str(error)}))
        else:
            Console(stderr=True).print(f"[red]Drift check failed:[/red] {error}", highlight=False)
        raise typer.Exit(1) from error
    if json_output:
        typer.echo(json.dumps(report.to_json(), indent=2, default=str))
    else:
        render_table(report, console)
    raise typer.Exit(2 if report.has_drift else 0)


if __name__ == "__main__":
    app()
