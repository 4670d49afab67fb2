"""Trust, provider side: check never crashes, inputs are bounded, UUIDs are UUIDs, secrets never reach an
error or a log record, and a lost same-name race reads like the sequential case."""

from __future__ import annotations

import logging
import typing
from typing import Any

import httpx
import pytest
import respx
from pulumi_langsmith import redaction
from pulumi_langsmith.client import LangSmithClient
from pulumi_langsmith.config import resolve_settings
from pulumi_langsmith.errors import AlreadyExistsError, ApiError, ConfigurationError
from pulumi_langsmith.framework import Conformance, Kind, OutputsModel, RestCollection, WorkspaceScopedInputs, field
from pulumi_langsmith.framework.adapter import KindProvider
from pulumi_langsmith.framework.engine import KindEngine
from pulumi_langsmith.framework.fields import Uuid
from pulumi_langsmith.framework.registry import all_kinds
from pulumi_langsmith.resources import (
    DatasetProvider,
    DeploymentProvider,
    RoleProvider,
    ScimGroupProvider,
    ServiceKeyProvider,
)
from pydantic import field_validator

BASE = "https://langsmith.test"
KEY = "lsv2_sk_trusttrusttrusttrusttrusttrust_0123456789"


def settings(**extra: str) -> Any:
    config = {"langsmith:apiKey": KEY, "langsmith:endpoint": BASE, "langsmith:maxRetries": "0", **extra}
    return resolve_settings(config.get)


def failures(provider_class: type[KindProvider], news: dict[str, Any]) -> dict[str, str]:
    return dict(KindEngine(provider_class.kind).check({}, news)[1])


# ---------------------------------------------------------------- check never crashes


class CrashingInputs(WorkspaceScopedInputs):
    name: str = field(key=True, max_length=64, description="Name.")
    when: str | None = field(None, max_length=64, description="A value whose validator crashes.")

    @field_validator("when")
    @classmethod
    def _overflow(cls, value: str | None) -> str | None:
        if value == "far":
            raise OverflowError("date value out of range")
        return value


CRASHING = Kind(
    name="Crashing",
    description="A kind whose validator raises something other than ValueError.",
    inputs=CrashingInputs,
    outputs=OutputsModel,
    api=RestCollection("/crashing"),
    conformance=Conformance(example={"name": "c"}, update={}, replace=None, invalid=()),
)


def test_a_validator_that_crashes_is_a_check_failure_naming_its_property():
    inputs, found = KindEngine(CRASHING).check({}, {"name": "c", "when": "far"})
    assert [prop for prop, _ in found] == ["when"]
    assert "OverflowError" in found[0][1]
    assert inputs["when"] == "far"


def test_an_expiry_that_overflows_names_expires_at():
    found = failures(ServiceKeyProvider, {"description": "ci", "expires_at": "9999-12-31T23:59:59-05:00"})
    assert "expires_at" in found


# ---------------------------------------------------------------- UUIDs and bounds


def _uuid_fields(kind: Kind[Any]) -> list[str]:
    def is_uuid(annotation: Any) -> bool:
        if annotation is Uuid:
            return True
        return any(is_uuid(arg) for arg in typing.get_args(annotation))

    return [n for n, f in kind.inputs.model_fields.items() if is_uuid(f.annotation) or f.annotation == Uuid]


@pytest.mark.parametrize("kind", all_kinds(), ids=lambda k: k.name)
def test_uuid_inputs_refuse_36_dashes_and_36_hex_digits(kind):
    provider = type(f"{kind.name}Check", (KindProvider,), {"kind": kind})
    example = dict(kind.conformance.example)
    for name in _uuid_fields(kind):
        for bad in ("-" * 36, "a" * 36):
            assert name in failures(provider, {**example, name: bad}), (name, bad)


def test_every_kind_with_an_id_input_types_it_as_a_uuid():
    assert _uuid_fields(all_kinds()[0]) or True
    declared = {k.name: _uuid_fields(k) for k in all_kinds()}
    assert "workspace_id" in declared["Dataset"]
    assert {"integration_id", "listener_id"} <= set(_nested_uuid_names(DeploymentProvider.kind)) | set(
        declared["Deployment"]
    )


def _nested_uuid_names(kind: Kind[Any]) -> list[str]:
    schema = kind.inputs.model_json_schema()
    names = []
    for definition in schema.get("$defs", {}).values():
        for name, node in definition.get("properties", {}).items():
            options = node.get("anyOf", [node])
            if any(o.get("minLength") == 36 and o.get("maxLength") == 36 for o in options):
                names.append(name)
    return names


def _unbounded(node: dict[str, Any], defs: dict[str, Any], path: str, seen: set[str]) -> list[str]:
    """Paths of strings without maxLength, lists without maxItems and numbers without maximum."""
    if "$ref" in node:
        name = node["$ref"].rsplit("/", 1)[-1]
        return [] if name in seen else _unbounded(defs[name], defs, path, seen | {name})
    found: list[str] = []
    for key in ("anyOf", "oneOf", "allOf"):
        for option in node.get(key, []):
            found += _unbounded(option, defs, path, seen)
    kind = node.get("type")
    if kind == "string" and not {"maxLength", "enum", "const"} & set(node):
        found.append(path)
    if kind == "array":
        if "maxItems" not in node:
            found.append(path)
        found += _unbounded(node.get("items", {}), defs, path + "[]", seen)
    if kind in ("integer", "number") and not {"maximum", "exclusiveMaximum"} & set(node):
        found.append(path)
    if kind == "object":
        for name, child in node.get("properties", {}).items():
            found += _unbounded(child, defs, f"{path}.{name}", seen)
        if isinstance(node.get("additionalProperties"), dict):
            found += _unbounded(node["additionalProperties"], defs, path + ".*", seen)
    return found


@pytest.mark.parametrize("kind", all_kinds(), ids=lambda k: k.name)
def test_every_string_list_and_number_input_is_bounded(kind):
    schema = kind.inputs.model_json_schema()
    defs = schema.get("$defs", {})
    unbounded = [p for name, node in schema["properties"].items() for p in _unbounded(node, defs, name, set())]
    assert unbounded == [], f"{kind.name}: inputs without an upper bound: {unbounded}"


def test_inputs_that_passed_preview_before_now_fail_it():
    assert "name" in failures(DatasetProvider, {"name": "d" * 70_000})
    assert any(p.startswith("members") for p in failures(ScimGroupProvider, {
        "display_name": "Org:Organization User:Workspace 1:Viewer", "members": ["../../etc/passwd"]
    }))  # fmt: skip
    deployment = dict(DeploymentProvider.kind.conformance.example)
    assert "wait_timeout_seconds" in failures(DeploymentProvider, {**deployment, "wait_timeout_seconds": float("inf")})


# ---------------------------------------------------------------- secrets in errors and logs


def test_a_non_json_error_body_is_redacted_before_it_is_cut():
    body = "x" * 490 + KEY + "y" * 100  # the key straddles the 500th character
    with respx.mock(base_url=BASE) as mock:
        mock.get("/api/v1/datasets/1").mock(return_value=httpx.Response(400, text=body))
        with pytest.raises(ApiError) as info:
            LangSmithClient(settings()).get("/api/v1/datasets/1")
    assert KEY[:12] not in str(info.value)
    assert "[REDACTED]" in str(info.value)


@pytest.mark.parametrize("bad", ["\n", "\r", "\x00", " ", "\t"])
def test_a_credential_with_a_control_character_is_refused_at_configuration(bad):
    with pytest.raises(ConfigurationError) as info:
        resolve_settings({"langsmith:apiKey": KEY[:10] + bad + KEY[10:]}.get)
    assert "langsmith:apiKey" in str(info.value)
    assert KEY[:10] not in str(info.value)
    with pytest.raises(ConfigurationError, match="langsmith:scimToken"):
        resolve_settings({"langsmith:apiKey": KEY, "langsmith:scimToken": "tok" + bad + "en-value"}.get)


def test_httpcore_and_httpx_debug_records_never_show_a_credential_or_a_secret_input(caplog):
    secret_header = "hook-secret-value-42"
    with caplog.at_level(logging.DEBUG):
        with respx.mock(base_url=BASE) as mock:
            mock.get("/api/v1/info").mock(return_value=httpx.Response(200, json={"echo": KEY}, headers={"X-Echo": KEY}))
            client = LangSmithClient(settings())
            client.get("/api/v1/info")
        with redaction.registered([secret_header]):
            for name in ("httpcore.http11", "httpx", "pulumi_langsmith.client"):
                logging.getLogger(name).debug("response headers %r", [(b"x-echo", f"{KEY} {secret_header}".encode())])
    text = "\n".join(r.getMessage() for r in caplog.records)
    assert "response headers" in text
    assert KEY not in text and secret_header not in text


def test_secret_inputs_are_redacted_only_while_their_operation_runs():
    with redaction.registered(["temporary-secret"]):
        assert redaction.redact("a temporary-secret here") == "a [REDACTED] here"
    assert redaction.redact("a temporary-secret here") == "a temporary-secret here"


# ---------------------------------------------------------------- a lost same-name race


def test_a_lost_same_name_race_gives_the_adopt_hint_not_a_raw_409():
    provider = RoleProvider()
    provider._settings, provider._config_error = settings(), None
    news = KindEngine(RoleProvider.kind).check({}, {"display_name": "Racer", "permissions": ["datasets:read"]})[0]
    theirs = {"id": "4d7d5b3c-0f7e-4a43-9d0e-3f9f6b1c2a10", "display_name": "Racer", "permissions": ["datasets:read"]}
    with respx.mock(base_url=BASE) as mock:
        mock.get("/api/v1/orgs/current/roles").mock(
            side_effect=[httpx.Response(200, json=[]), httpx.Response(200, json=[theirs])]
        )
        mock.post("/api/v1/orgs/current/roles").mock(return_value=httpx.Response(409, json={"detail": "exists"}))
        with pytest.raises(AlreadyExistsError, match="adopt_existing"):
            provider.create(news)
