"""`ModelPriceMap`: costs answered as decimal strings compare as numbers; an update PUTs the whole entry; read
finds an entry in the list past its first page; LangSmith's built-in prices are never adopted."""

from __future__ import annotations

import pytest
from conftest import configure
from pulumi_langsmith.resources import ModelPriceMapProvider
from pulumi_langsmith.resources.model_price_map import KIND

PRICES = "/api/v1/model-price-map"
ENTRY = {
    "name": "team-model",
    "match_pattern": "^team-model$",
    "prompt_cost": 0.0000025,
    "completion_cost": 0.00001,
    "completion_cost_details": {"reasoning": 0.00002},
    "provider": "openai",
}


def checked(provider, inputs, owner="test/stack/ModelPriceMap/r"):
    result = provider.check({}, {"__provider": "p", "__identity": owner, **inputs})
    assert result.failures == [], [(f.property, f.reason) for f in result.failures]
    return result.inputs


@pytest.fixture
def prices(langsmith_emulator):
    return configure(ModelPriceMapProvider(), langsmith_emulator)


def live(out_of_band, entry_id):
    return next(e for e in out_of_band.get(PRICES).json() if e["id"] == entry_id)


def test_costs_answered_as_decimal_strings_compare_as_numbers(prices, out_of_band):
    inputs = checked(prices, ENTRY)
    created = prices.create(inputs)
    entry = live(out_of_band, created.id)
    assert entry["prompt_cost"] == "0.0000025" and entry["completion_cost_details"] == {"reasoning": "0.00002"}
    refreshed = prices.read(created.id, created.outs)
    assert refreshed.inputs["prompt_cost"] == 0.0000025
    assert prices.diff(created.id, refreshed.outs, inputs).changes is False


def test_an_update_puts_the_whole_entry(prices, out_of_band, langsmith_emulator):
    created = prices.create(checked(prices, ENTRY))
    langsmith_emulator.clear_log()
    prices.update(created.id, created.outs, checked(prices, {**ENTRY, "completion_cost": 0.000012}))
    assert [(r.method, r.path) for r in langsmith_emulator.requests] == [("PUT", f"{PRICES}/{created.id}")]
    entry = live(out_of_band, created.id)
    assert entry["completion_cost"] == "0.000012"
    assert entry["completion_cost_details"] == {"reasoning": "0.00002"} and entry["provider"] == "openai"


def test_read_finds_an_entry_past_the_first_page(prices, out_of_band):
    created = prices.create(checked(prices, ENTRY))
    for n in range(100):
        body = {"name": f"filler-{n}", "match_pattern": f"^filler-{n}$", "prompt_cost": 1, "completion_cost": 1}
        assert out_of_band.post(PRICES, json=body).status_code == 200
    last = prices.create(checked(prices, {**ENTRY, "name": "last-model"}))
    assert prices.read(last.id, last.outs).id == last.id
    assert prices.read(created.id, created.outs).id == created.id


def test_built_in_prices_without_a_tenant_are_never_adopted():
    built_in = {"id": "3b5c1d52-8f63-4d84-9f3e-3f9a2f1c4b10", "name": "gpt-4o", "tenant_id": None}
    assert KIND.api.is_gone(built_in)
    assert not KIND.api.is_gone({**built_in, "tenant_id": "5d0c0ad6-8b1e-4a53-9c1b-2f3b8f4d7e10"})
