"""`FeatureModelConfig`: one setting over two endpoints; the disabled models are reconciled one by one (only
the differences are sent); providers the organization disables are reported apart and never touched; destroy
restores the built-in default and re-enables the managed models; unset parts are left alone."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from conftest import configure
from pulumi_langsmith.resources import FeatureModelConfigProvider
from pulumi_langsmith.resources.feature_model_config import KIND

FEATURES = "/v1/platform/features"


def checked(provider, inputs):
    result = provider.check({}, {"__provider": "p", "__identity": "test/stack/FeatureModelConfig/r", **inputs})
    assert result.failures == [], [(f.property, f.reason) for f in result.failures]
    return result.inputs


@pytest.fixture
def features(langsmith_emulator):
    return configure(FeatureModelConfigProvider(), langsmith_emulator)


def live(out_of_band, feature="playground"):
    return next(f for f in out_of_band.get(FEATURES).json() if f["feature"] == feature)


def test_create_sends_only_the_differences(features, out_of_band, langsmith_emulator):
    out_of_band.put(f"{FEATURES}/playground/disabled-models", json={"model": "anthropic"})
    out_of_band.put(f"{FEATURES}/playground/disabled-models", json={"model": "openai:o1"})
    langsmith_emulator.clear_log()
    inputs = checked(features, {"feature": "playground", "default_model": "openai:gpt-4o",
                                "disabled_models": ["google", "anthropic"]})  # fmt: skip
    created = features.create(inputs)
    assert [(r.method, r.path.removeprefix("/api")) for r in langsmith_emulator.requests] == [
        ("GET", FEATURES),
        ("PUT", f"{FEATURES}/playground/default-model"),
        ("PUT", f"{FEATURES}/playground/disabled-models"),  # google
        ("DELETE", f"{FEATURES}/playground/disabled-models/openai:o1"),
    ]
    assert live(out_of_band)["disabled_models"] == ["anthropic", "google"]
    assert features.diff(created.id, features.read(created.id, created.outs).outs, inputs).changes is False


def test_a_model_with_slashes_is_re_enabled_by_its_encoded_name(features, out_of_band):
    model = "fireworks:accounts/fireworks/models/llama-v3"
    created = features.create(checked(features, {"feature": "playground", "disabled_models": [model]}))
    assert live(out_of_band)["disabled_models"] == [model]
    features.update(created.id, created.outs, checked(features, {"feature": "playground", "disabled_models": []}))
    assert live(out_of_band)["disabled_models"] == []


def test_destroy_restores_the_default_and_re_enables_only_what_it_manages(features, out_of_band):
    managed = features.create(checked(features, {"feature": "playground", "disabled_models": ["anthropic"]}))
    out_of_band.put(f"{FEATURES}/playground/default-model", json={"model": "openai:gpt-4o"})  # not managed
    features.delete(managed.id, managed.outs)
    assert live(out_of_band) == {**live(out_of_band), "default_model": "openai:gpt-4o", "disabled_models": []}

    with_default = features.create(checked(features, {"feature": "evaluators", "default_model": "openai:o3"}))
    features.delete(with_default.id, with_default.outs)
    assert live(out_of_band, "evaluators")["default_model"] == ""


def test_providers_the_organization_disables_are_reported_apart_and_never_written():
    listed = [{"feature": "playground", "default_model": "", "disabled_models": ["anthropic", "google"],
               "org_disabled_providers": ["google"]}]  # fmt: skip
    api = SimpleNamespace(get=lambda path: listed)
    obj = KIND.api.fetch(api, "playground")
    assert obj["disabled_models"] == ["anthropic"] and obj["org_disabled_providers"] == ["google"]
    assert KIND.api.outputs(obj)["org_disabled_providers"] == ["google"]


def test_an_unknown_feature_fails_at_create_naming_it(features):
    with pytest.raises(Exception, match="no feature 'nope'"):
        features.create(checked(features, {"feature": "nope", "default_model": "openai:gpt-4o"}))
