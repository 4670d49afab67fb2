"""The models family's contract session: model configurations (playground settings), model price maps and
feature model settings (run by `test_contract.py`)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from pulumi_langsmith.testing import LangSmithEmulator

Call = Callable[..., Any]
SETTINGS = "/api/v1/playground-settings"
PRICES = "/api/v1/model-price-map"
FEATURES = "/v1/platform/features"


def session(call: Call, emulator: LangSmithEmulator) -> None:
    """Exercise every operation of the family and its main refusals."""
    config = call("POST", SETTINGS, 200, json={
        "name": "contract-gpt", "description": "d", "settings_type": "simple",
        "settings": {"modelId": "openai:gpt-4o", "envVarName": "OPENAI_API_KEY", "additional_kwargs": {}},
        "oauth_enabled": True, "oauth_token_url": "https://auth.example.com/token", "oauth_client_id": "client",
        "oauth_client_secret": "contract-oauth-secret", "oauth_token_endpoint_auth_method": "client_secret_post",
        "oauth_params": {"audience": ["models"]}, "oauth_headers": {"X-Team": ["ml"]},
        "options": {"requests_per_second": 5},
    })  # fmt: skip
    assert config["oauth_client_secret"] == "contract-oauth-secret"  # the API echoes it
    call("POST", SETTINGS, 422, json={"settings_type": "simple", "settings": {"modelId": "gpt-4o"}})
    call("GET", SETTINGS, 200)
    call("GET", f"{SETTINGS}/{config['id']}", 200)
    call("GET", f"{SETTINGS}/{uuid.uuid4()}", 404)
    patched = call("PATCH", f"{SETTINGS}/{config['id']}", 200, json={
        "description": None, "available_in_agent_builder": True, "available_in_playground": None,
    })  # fmt: skip
    assert patched["available_in_agent_builder"] and patched["available_in_playground"]
    call("PATCH", f"{SETTINGS}/{uuid.uuid4()}", 404, json={"name": "x"})
    call("DELETE", f"{SETTINGS}/{config['id']}", 200)
    call("DELETE", f"{SETTINGS}/{config['id']}", 404)

    price = call("POST", PRICES, 200, json={
        "name": "contract-model", "match_pattern": "^contract-model$", "prompt_cost": 0.000001,
        "completion_cost": "0.000002", "prompt_cost_details": {"cache_read": 0.0000005}, "provider": "openai",
    })  # fmt: skip
    call("POST", PRICES, 422, json={"name": "no-costs", "match_pattern": "x"})
    call("GET", PRICES, 200)
    call("GET", PRICES, 200, params={"q": "contract", "limit": 10, "offset": 0})
    call("PUT", f"{PRICES}/{price['id']}", 200, json={
        "name": "contract-model", "match_pattern": "^contract-model$", "prompt_cost": 1, "completion_cost": 2,
    })  # fmt: skip
    call("PUT", f"{PRICES}/{uuid.uuid4()}", 404, json={
        "name": "x", "match_pattern": "x", "prompt_cost": 1, "completion_cost": 2,
    })  # fmt: skip
    call("DELETE", f"{PRICES}/{price['id']}", 200)
    call("DELETE", f"{PRICES}/{price['id']}", 404)

    call("PUT", f"{FEATURES}/playground/default-model", 204, json={"model": "openai:gpt-4o"})
    call("PUT", f"{FEATURES}/nope/default-model", 400, json={"model": "openai:gpt-4o"})
    call("PUT", f"{FEATURES}/playground/disabled-models", 204, json={"model": "anthropic"})
    call("PUT", f"/api{FEATURES}/playground/disabled-models", 204, json={"model": "openai:o1"})
    call("PUT", f"{FEATURES}/playground/disabled-models", 400, json={"model": ""})
    listed = call("GET", FEATURES, 200)
    playground = next(f for f in listed if f["feature"] == "playground")
    assert playground["default_model"] == "openai:gpt-4o"
    assert playground["disabled_models"] == ["anthropic", "openai:o1"]
    call("DELETE", f"{FEATURES}/playground/disabled-models/anthropic", 204)
    call("PUT", f"{FEATURES}/playground/disabled-models", 204, json={"model": "fireworks:accounts/f/models/x"})
    call("DELETE", f"{FEATURES}/playground/disabled-models/fireworks%3Aaccounts%2Ff%2Fmodels%2Fx", 204)
    call("DELETE", f"{FEATURES}/nope/disabled-models/anthropic", 400)
    call("DELETE", f"{FEATURES}/playground/default-model", 204)
