"""The model-configuration policy: a configuration references a workspace secret for its key; a literal-looking
key in its parameters, OAuth headers or secret name is reported (without the value)."""

from __future__ import annotations

from typing import Any

from pulumi_langsmith.policies import MODEL_CONFIGURATIONS_REFERENCE_SECRETS, type_token
from pulumi_policy import PolicyCustomTimeouts, PolicyResourceOptions, ResourceValidationArgs
from pulumi_policy.proxy import UNKNOWN_STRING_VALUE, unknown_checking_proxy

CONFIG = {"name": "team-gpt", "provider": "openai", "model": "gpt-4o", "secret_name": "OPENAI_API_KEY"}


def violations(props: dict[str, Any], config: dict[str, Any] | None = None, kind: str = "ModelConfiguration"):
    reported: list[str] = []
    options = PolicyResourceOptions(False, [], None, [], PolicyCustomTimeouts(0, 0, 0), [])
    urn = f"urn:pulumi:dev::proj::{type_token(kind)}::res"
    args = ResourceValidationArgs(
        type_token(kind), unknown_checking_proxy(props), urn, "res", options, None, config or {}
    )
    MODEL_CONFIGURATIONS_REFERENCE_SECRETS.validate(args, lambda message, _urn=None: reported.append(message))
    return reported


def test_a_configuration_reading_a_workspace_secret_passes():
    assert violations({**CONFIG, "parameters": {"temperature": 0.2, "max_tokens": 512}}) == []


def test_a_literal_key_in_parameters_is_reported_without_its_value():
    [message] = violations({**CONFIG, "parameters": {"api_key": "not-shaped-like-a-key", "temperature": 0}})
    assert "parameters.api_key" in message and "secret_name" in message
    assert "not-shaped-like-a-key" not in message


def test_a_credential_shaped_value_under_any_name_is_reported():
    [message] = violations({**CONFIG, "parameters": {"default_headers": {"X-Extra": "sk-live-123456"}}})
    assert "parameters.default_headers.X-Extra" in message and "sk-live" not in message


def test_a_literal_authorization_header_is_reported():
    [message] = violations({**CONFIG, "oauth_headers": {"Authorization": ["Bearer abc"], "X-Team": ["ml"]}})
    assert "oauth_headers.Authorization" in message and "X-Team" not in message


def test_a_secret_name_that_is_itself_a_key_is_reported():
    [message] = violations({**CONFIG, "secret_name": "lsv2_pt_0123456789abcdef"})
    assert "secret_name" in message and "0123456789abcdef" not in message


def test_no_secret_name_is_reported_unless_the_configuration_uses_oauth_or_it_is_allowed():
    no_secret = {k: v for k, v in CONFIG.items() if k != "secret_name"}
    assert violations(no_secret)
    assert violations({**no_secret, "oauth_token_url": "https://auth.example.com/token"}) == []
    assert violations(no_secret, {"require_secret_name": False}) == []


def test_patterns_and_prefixes_are_configurable():
    props = {**CONFIG, "parameters": {"region_token": "eu"}}
    assert violations(props)
    assert violations(props, {"allowed_keys": ["region_token"]}) == []
    assert violations({**CONFIG, "parameters": {"x": "corp-key-1"}}, {"value_prefixes": ["corp-key-"]})


def test_unknown_values_at_preview_are_skipped_and_other_kinds_ignored():
    assert violations({**CONFIG, "secret_name": UNKNOWN_STRING_VALUE, "parameters": UNKNOWN_STRING_VALUE}) == []
    assert violations({"parameters": {"api_key": "x"}}, kind="Dataset") == []
