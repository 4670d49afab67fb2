"""Drift detection: a preview-only refresh through the Pulumi CLI, reduced to drifted resources and fields.

`pulumi refresh --preview-only --json` with `PULUMI_ENABLE_STREAMING_JSON_PREVIEW` streams engine events;
each refresh step's `resOutputsEvent` carries the state as stored (`old`) and as read from LangSmith (`new`).
Nothing is written to the stack. Secret values arrive masked by the engine and are never printed: a changed
secret shows as `[secret]`, and so does any field a kind declares secret.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field, replace
from datetime import datetime, timedelta, timezone
from typing import Any, Final, Literal

SECRET_SIG: Final = "4dabf18193072939515e22adb298388d"
MASK: Final = "[secret]"
_SKIPPED_TYPES: Final = ("pulumi:pulumi:Stack",)
_DYNAMIC_PREFIX: Final = "pulumi-python:dynamic/langsmith:"


class DriftError(RuntimeError):
    """The drift check could not run (no CLI, a failing refresh, unreadable output)."""


@dataclass(frozen=True)
class FieldChange:
    """One property whose live value differs from the stored one (values masked when secret)."""

    name: str
    old: Any
    new: Any
    secret: bool = False
    computed: bool = False
    """An output the API computes, not one of the resource's inputs."""


@dataclass(frozen=True)
class LastChange:
    """The newest audit log entry naming an object: the operation, when, and who (user and API key ids)."""

    operation: str
    time: str
    user_id: str | None
    api_key_id: str | None

    def describe(self) -> str:
        who = " with ".join(
            part
            for part in (
                f"user {self.user_id}" if self.user_id else "",
                f"API key {self.api_key_id}" if self.api_key_id else "",
            )
            if part
        )
        return f"{self.operation} by {who or 'an unknown caller'} at {self.time}"


@dataclass(frozen=True)
class DriftedResource:
    urn: str
    type: str
    name: str
    status: Literal["changed", "deleted"]
    changes: tuple[FieldChange, ...] = ()
    id: str | None = None
    """The object's id in LangSmith (the resource's id in the stack)."""
    last_change: LastChange | None = None
    """Who last changed (or deleted) the object and when, from the organisation's audit log, when it can tell."""

    @property
    def fields(self) -> list[str]:
        """Changed input fields (what the program manages)."""
        return [c.name for c in self.changes if not c.computed]


@dataclass
class DriftReport:
    stack: str | None
    resources: list[DriftedResource] = field(default_factory=list)

    @property
    def has_drift(self) -> bool:
        return bool(self.resources)

    def to_json(self) -> dict[str, Any]:
        return {
            "stack": self.stack,
            "drift": self.has_drift,
            "resources": [
                {**asdict(r), "fields": r.fields, "changes": [asdict(c) for c in r.changes]} for r in self.resources
            ],
        }


def _is_secret(value: Any) -> bool:
    return isinstance(value, Mapping) and SECRET_SIG in value


def _mask(value: Any) -> Any:
    """The value with every secret (engine secret object) replaced by `[secret]`."""
    if _is_secret(value):
        return MASK
    if isinstance(value, Mapping):
        return {k: _mask(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_mask(v) for v in value]
    return value


def _secret_fields_of(resource_type: str) -> frozenset[str]:
    """Fields a LangSmith kind declares secret (masked even if the engine did not mark them)."""
    if not resource_type.startswith(_DYNAMIC_PREFIX):
        return frozenset()
    from .framework.summary import summarize
    from .resources import ALL_PROVIDERS

    kind = resource_type.removeprefix(_DYNAMIC_PREFIX)
    for provider in ALL_PROVIDERS:
        summary = summarize(provider)
        if summary.name == kind:
            return summary.secret_fields | frozenset(o.name for o in summary.outputs if o.secret)
    return frozenset()


def _visible(props: Mapping[str, Any] | None) -> dict[str, Any]:
    return {k: v for k, v in (props or {}).items() if not k.startswith("__")}


def _changes(old: Mapping[str, Any], new: Mapping[str, Any], resource_type: str) -> list[FieldChange]:
    secret_fields = _secret_fields_of(resource_type)
    old_in, new_in = _visible(old.get("inputs")), _visible(new.get("inputs"))
    old_out, new_out = _visible(old.get("outputs")), _visible(new.get("outputs"))
    changes: list[FieldChange] = []
    input_names = set(old_in) | set(new_in)
    for name in sorted(input_names | set(old_out) | set(new_out)):
        computed = name not in input_names
        before, after = (old_out.get(name), new_out.get(name)) if computed else (old_in.get(name), new_in.get(name))
        if before == after:
            continue
        secret = name in secret_fields or _is_secret(before) or _is_secret(after)
        changes.append(
            FieldChange(
                name,
                MASK if secret else _mask(before),
                MASK if secret else _mask(after),
                secret=secret,
                computed=computed,
            )
        )
    return changes


def _masked_secret_fields(state: Mapping[str, Any], resource_type: str) -> list[str]:
    secret_fields = _secret_fields_of(resource_type)
    props = {**_visible(state.get("inputs")), **_visible(state.get("outputs"))}
    return sorted(k for k, v in props.items() if _is_secret(v) or (k in secret_fields and v is not None))


def parse_events(lines: Iterable[str], stack: str | None = None) -> DriftReport:
    """A drift report from the engine events of `pulumi refresh --preview-only --json` (streaming)."""
    report = DriftReport(stack)
    for line in lines:
        line = line.strip()
        if not line.startswith("{"):
            continue
        try:
            event = json.loads(line)
        except json.JSONDecodeError as exc:
            raise DriftError(f"unreadable event from the Pulumi CLI: {exc}") from None
        meta = (event.get("resOutputsEvent") or {}).get("metadata")
        if not meta or meta.get("op") not in ("update", "delete"):
            continue
        old, new = meta.get("old") or {}, meta.get("new") or {}
        resource_type = meta.get("type") or old.get("type") or ""
        if resource_type in _SKIPPED_TYPES or resource_type.startswith("pulumi:providers:"):
            continue
        urn = meta.get("urn", "")
        name = urn.rsplit("::", 1)[-1]
        if report.stack is None and urn.startswith("urn:pulumi:"):
            report.stack = urn.split("::", 1)[0].split(":", 2)[2]
        object_id = old.get("id") or new.get("id") or None
        if meta["op"] == "delete":
            report.resources.append(DriftedResource(urn, resource_type, name, "deleted", id=object_id))
            continue
        changes = _changes(old, new, resource_type)
        if not any(not c.computed for c in changes):
            # No visible input changed, yet the engine saw a difference: a secret (masked to us) hides it.
            changes += [FieldChange(n, MASK, MASK, secret=True) for n in _masked_secret_fields(new, resource_type)]
        if changes:
            ordered = tuple(sorted(changes, key=lambda c: (c.computed, c.name)))
            report.resources.append(DriftedResource(urn, resource_type, name, "changed", ordered, id=object_id))
    return report


_UUID: Final = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")


def _event_ids(event: Mapping[str, Any]) -> set[str]:
    """The object ids an audit log event names (its resources, and the ids in its request path)."""
    ids = {str(r.get("uid", "")).lower() for r in event.get("resources") or [] if isinstance(r, Mapping)}
    path = ((event.get("http_request") or {}).get("url") or {}).get("path") or ""
    return ids | {m.lower() for m in _UUID.findall(str(path))}


def last_changes(resources: Iterable[DriftedResource], events: Iterable[Mapping[str, Any]]) -> dict[str, LastChange]:
    """By URN, the newest successful audit log event naming each resource's object (by the ids in its id)."""
    wanted = {r.urn: {m.lower() for m in _UUID.findall(r.id or "")} for r in resources}
    found: dict[str, tuple[int, LastChange]] = {}
    for event in events:
        if event.get("status_id") == 2:  # a failed request changed nothing
            continue
        named = _event_ids(event)
        when = int(event.get("time") or 0)
        for urn, ids in wanted.items():
            if not ids or not ids & named or (urn in found and found[urn][0] > when):
                continue
            user = (event.get("actor") or {}).get("user") or {}
            found[urn] = (
                when,
                LastChange(
                    operation=str((event.get("api") or {}).get("operation") or "a change"),
                    time=datetime.fromtimestamp(when / 1000, tz=timezone.utc).isoformat(timespec="seconds"),
                    user_id=user.get("uid"),
                    api_key_id=user.get("credential_uid"),
                ),
            )
    return {urn: change for urn, (_, change) in found.items()}


def stack_settings(stack: str | None, cwd: str | None, pulumi: str | None = None) -> Any:
    """The provider settings of the stack (its `langsmith:*` config, else the environment), or None when there
    are none to be had (no CLI, no API key)."""
    from .config import resolve_settings

    binary = pulumi or shutil.which("pulumi")
    config: dict[str, Any] = {}
    if binary:
        command = [binary, "config", "--json", "--show-secrets", "--non-interactive"]
        command += ["--stack", stack] if stack else []
        command += ["--cwd", cwd] if cwd else []
        try:
            completed = subprocess.run(command, capture_output=True, text=True, check=False, timeout=120)
            if completed.returncode == 0:
                config = {k: (v or {}).get("value") for k, v in json.loads(completed.stdout or "{}").items()}
        except (OSError, ValueError, subprocess.SubprocessError, AttributeError):
            config = {}
    try:
        settings = resolve_settings(config.get)
    except Exception:
        return None
    return settings if getattr(settings, "api_key", None) else None


def attribute(report: DriftReport, settings: Any, *, days: int = 7) -> DriftReport:
    """The report with each drifted object's last change from the audit log (the last `days` days). When the
    audit log cannot be read (no settings, a key that may not read it, an instance without audit logs, any
    error), the report is returned as it is: the drift check never fails for want of an audit log."""
    if not report.has_drift or settings is None or days <= 0:
        return report
    from .lookups import list_audit_logs

    now = datetime.now(timezone.utc)
    try:
        events = list_audit_logs(start_time=now - timedelta(days=days), end_time=now, settings=settings)
    except Exception:  # 403 (not an admin), 404 (no audit logs here), a network error: say nothing
        return report
    changes = last_changes(report.resources, events)
    report.resources = [replace(r, last_change=changes.get(r.urn)) for r in report.resources]
    return report


def refresh_command(stack: str | None, cwd: str | None, pulumi: str) -> list[str]:
    command = [pulumi, "refresh", "--preview-only", "--json", "--non-interactive", "--color", "never"]
    if stack:
        command += ["--stack", stack]
    if cwd:
        command += ["--cwd", cwd]
    return command


def detect_drift(stack: str | None = None, cwd: str | None = None, pulumi: str | None = None) -> DriftReport:
    """Run a preview-only refresh of the stack and report what drifted. Raises `DriftError`."""
    binary = pulumi or shutil.which("pulumi")
    if not binary:
        raise DriftError(
            "the `pulumi` CLI is not on PATH: install it as Pulumi's docs describe "
            "(https://www.pulumi.com/docs/iac/download-install/)"
        )
    env = {**os.environ, "PULUMI_ENABLE_STREAMING_JSON_PREVIEW": "true", "PULUMI_SKIP_UPDATE_CHECK": "true"}
    try:
        completed = subprocess.run(
            refresh_command(stack, cwd, binary), capture_output=True, text=True, env=env, check=False
        )
    except OSError as exc:
        raise DriftError(f"cannot run {binary}: {exc}") from None
    if completed.returncode != 0:
        diagnostics = _error_diagnostics(completed.stdout.splitlines())
        detail = "; ".join(diagnostics) or completed.stderr.strip()[-2000:] or f"exit code {completed.returncode}"
        raise DriftError(f"pulumi refresh --preview-only failed: {detail}")
    return parse_events(completed.stdout.splitlines(), stack)


def _error_diagnostics(lines: Iterable[str]) -> list[str]:
    messages = []
    for line in lines:
        try:
            event = json.loads(line)
        except (json.JSONDecodeError, TypeError):
            continue
        diag = event.get("diagnosticEvent") if isinstance(event, dict) else None
        if diag and diag.get("severity") == "error":
            messages.append(" ".join(str(diag.get("message", "")).split()))
    return messages


def _short(value: Any, limit: int = 60) -> str:
    text = value if isinstance(value, str) and value == MASK else json.dumps(value, sort_keys=True, default=str)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def render_table(report: DriftReport, console: Any) -> None:
    """Print the report as a rich table (or a one-line all-clear)."""
    from rich.markup import escape
    from rich.table import Table

    where = f" in stack {escape(report.stack)}" if report.stack else ""
    if not report.has_drift:
        console.print(f"[green]No drift{where}.[/green]")
        return
    table = Table(title=f"Drift{where}", title_justify="left")
    table.add_column("resource", style="bold")
    table.add_column("type")
    table.add_column("status")
    table.add_column("field")
    table.add_column("in state")
    table.add_column("live")
    for resource in report.resources:
        kind = resource.type.removeprefix(_DYNAMIC_PREFIX)
        if resource.status == "deleted":
            table.add_row(escape(resource.name), escape(kind), "[red]deleted[/red]", "—", "", "")
            continue
        for index, change in enumerate(resource.changes):
            label = change.name + (" (computed)" if change.computed else "")
            table.add_row(
                escape(resource.name) if index == 0 else "",
                escape(kind) if index == 0 else "",
                "[yellow]changed[/yellow]" if index == 0 else "",
                escape(label),
                escape(_short(change.old)),
                escape(_short(change.new)),
                style="dim" if change.computed else None,
            )
    console.print(table)
    for resource in report.resources:
        if resource.last_change is not None:
            console.print(f"{escape(resource.name)}: last {escape(resource.last_change.describe())} (audit log)")
    console.print(f"{len(report.resources)} resource(s) drifted; `pulumi up` restores them, `pulumi refresh` accepts.")
