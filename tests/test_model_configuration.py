"""`ModelConfiguration`: simple settings and `scope` sent as the official provider sends them; the OAuth client
secret the API echoes is compared by a keyed hash and never enters state from a read; `available_in_*` are set
by a PATCH after the create; a UI-made (complex) configuration is not rewritten."""

from __future__ import annotations

import json

import pytest
from conftest import configure
from pulumi_langsmith.errors import LangSmithProviderError
from pulumi_langsmith.resources import ModelConfigurationProvider
from pulumi_langsmith.resources.model_configuration import CHANGED_SECRET, KIND

SETTINGS = "/api/v1/playground-settings"
BASE = {
    "name": "team-gpt",
    "provider": "openai",
    "model": "gpt-4o",
    "secret_name": "OPENAI_API_KEY",
    "base_url": "https://llm.example.com/v1",
    "parameters": {"temperature": 0.1},
}
OAUTH = {
    "oauth_token_url": "https://auth.example.com/token",
    "oauth_client_id": "team",
    "oauth_client_secret": "the-oauth-client-secret",
}


def checked(provider, inputs, owner="test/stack/ModelConfiguration/r"):
    result = provider.check({}, {"__provider": "p", "__identity": owner, **inputs})
    assert result.failures == [], [(f.property, f.reason) for f in result.failures]
    return result.inputs


@pytest.fixture
def configs(langsmith_emulator):
    return configure(ModelConfigurationProvider(), langsmith_emulator)


def test_create_sends_simple_settings_and_scope_as_the_official_provider_does(configs, out_of_band):
    body = KIND.api.create_body(KIND.inputs.model_validate({**BASE, "scope": "organization"}), None)
    assert body["settings_type"] == "simple" and body["scope"] == "organization"
    created = configs.create(checked(configs, BASE))
    live = out_of_band.get(f"{SETTINGS}/{created.id}").json()
    assert live["settings"] == {
        "modelId": "openai:gpt-4o",
        "envVarName": "OPENAI_API_KEY",
        "baseUrl": "https://llm.example.com/v1",
        "additional_kwargs": {"temperature": 0.1},
    }
    assert live["settings_type"] == "simple" and live["oauth_enabled"] is None


def test_an_oauth_secret_changed_by_hand_shows_as_changed_and_never_enters_state(configs, out_of_band):
    inputs = checked(configs, {**BASE, **OAUTH})
    created = configs.create(inputs)
    assert "the-oauth-client-secret" not in json.dumps(created.outs["oauth_client_secret_hash"])
    refreshed = configs.read(created.id, created.outs)
    assert configs.diff(created.id, refreshed.outs, inputs).changes is False

    out_of_band.patch(f"{SETTINGS}/{created.id}", json={"oauth_client_secret": "set-by-hand"})
    drifted = configs.read(created.id, created.outs)
    assert "set-by-hand" not in json.dumps([drifted.inputs, drifted.outs], default=str)
    assert drifted.inputs["oauth_client_secret"] == CHANGED_SECRET
    assert configs.diff(created.id, drifted.outs, inputs).changes is True

    configs.update(created.id, drifted.outs, inputs)
    assert out_of_band.get(f"{SETTINGS}/{created.id}").json()["oauth_client_secret"] == "the-oauth-client-secret"


def test_removing_oauth_turns_it_off(configs, out_of_band):
    with_oauth = checked(configs, {**BASE, **OAUTH})
    created = configs.create(with_oauth)
    without = checked(configs, BASE)
    updated = configs.update(created.id, created.outs, without)
    live = out_of_band.get(f"{SETTINGS}/{created.id}").json()
    assert live["oauth_enabled"] is False and live["oauth_client_secret"] is None
    assert configs.diff(created.id, configs.read(created.id, updated.outs).outs, without).changes is False


def test_availability_is_set_by_one_patch_after_the_create_only_when_asked(configs, langsmith_emulator, out_of_band):
    langsmith_emulator.clear_log()
    plain = configs.create(checked(configs, BASE))
    assert [(r.method, r.path) for r in langsmith_emulator.requests] == [("GET", SETTINGS), ("POST", SETTINGS)]

    langsmith_emulator.clear_log()
    builder = configs.create(checked(configs, {**BASE, "name": "builder", "available_in_agent_builder": True}))
    assert [r.method for r in langsmith_emulator.requests] == ["GET", "POST", "PATCH"]
    assert out_of_band.get(f"{SETTINGS}/{builder.id}").json()["available_in_agent_builder"] is True
    assert out_of_band.get(f"{SETTINGS}/{plain.id}").json()["available_in_agent_builder"] is False


def test_a_ui_made_complex_configuration_is_adopted_but_its_model_is_not_rewritten(configs, out_of_band):
    complex_settings = {
        "lc": 1,
        "type": "constructor",
        "id": ["langchain", "chat_models", "openai", "ChatOpenAI"],
        "kwargs": {"model": "gpt-4o-mini", "temperature": 0},
    }
    made = out_of_band.post(SETTINGS, json={"name": "ui-made", "settings": complex_settings}).json()
    same_model = checked(
        configs, {"name": "ui-made", "provider": "openai", "model": "gpt-4o-mini", "adopt_existing": True}
    )
    adopted = configs.create(same_model)
    assert adopted.id == made["id"]
    other_model = checked(configs, {**dict(same_model), "model": "gpt-4o"})
    with pytest.raises(LangSmithProviderError, match="complex .*settings"):
        configs.update(adopted.id, adopted.outs, other_model)


def test_a_literal_key_in_user_info_of_the_base_url_is_refused_at_preview(configs):
    result = configs.check({}, {**BASE, "base_url": "https://user:sk-live@llm.example.com"})
    assert [f.property for f in result.failures] == ["base_url"]


def test_get_model_configuration_finds_one_by_name_without_its_oauth_secret(langsmith_emulator, out_of_band):
    from pulumi_langsmith import get_model_configuration
    from pulumi_langsmith.config import ProviderSettings
    from pulumi_langsmith.errors import ConflictError, NotFoundError

    settings = ProviderSettings(api_key=langsmith_emulator.api_key, endpoint=langsmith_emulator.base_url)
    made = out_of_band.post(SETTINGS, json={
        "name": "looked-up", "settings_type": "simple", "oauth_enabled": True, "oauth_client_secret": "hidden-one",
        "settings": {"modelId": "anthropic:claude-sonnet-4", "envVarName": "ANTHROPIC_API_KEY"},
    }).json()  # fmt: skip
    found = get_model_configuration(name="looked-up", settings=settings)
    assert found["id"] == made["id"] and "oauth_client_secret" not in found
    assert (found["provider"], found["model"], found["secret_name"]) == (
        "anthropic",
        "claude-sonnet-4",
        "ANTHROPIC_API_KEY",
    )
    with pytest.raises(NotFoundError):
        get_model_configuration(name="nowhere", settings=settings)
    out_of_band.post(SETTINGS, json={"name": "looked-up", "settings": {}})
    with pytest.raises(ConflictError, match="several"):
        get_model_configuration(name="looked-up", settings=settings)
