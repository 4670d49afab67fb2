"""Provider settings: stack config first, environment fallbacks, regions and endpoint rules."""

import pytest
from pulumi_langsmith.config import resolve_settings
from pulumi_langsmith.errors import ConfigurationError, MissingCredentialsError


def config(values):
    return lambda key: values.get(key)


def test_defaults_to_us_saas_hosts():
    s = resolve_settings(config({}), environ={})
    assert s.endpoint == "https://api.smith.langchain.com"
    assert s.control_plane_endpoint == "https://api.host.langchain.com"
    assert s.scim_endpoint == "https://api.smith.langchain.com/scim/v2"
    assert s.platform_prefix == "/v1/platform"
    assert not s.self_hosted


def test_eu_region_picks_eu_hosts():
    s = resolve_settings(config({"langsmith:region": "eu"}), environ={})
    assert s.endpoint == "https://eu.api.smith.langchain.com"
    assert s.control_plane_endpoint == "https://eu.api.host.langchain.com"


def test_unknown_region_is_a_config_error_naming_the_key():
    with pytest.raises(ConfigurationError, match="langsmith:region"):
        resolve_settings(config({"langsmith:region": "mars"}), environ={})


def test_self_hosted_endpoint_strips_api_v1_and_derives_api_host():
    s = resolve_settings(config({"langsmith:endpoint": "https://ls.example.com/api/v1/"}), environ={})
    assert s.endpoint == "https://ls.example.com"
    assert s.control_plane_endpoint == "https://ls.example.com/api-host"
    assert s.self_hosted and s.platform_prefix == "/api/v1/platform"


def test_saas_endpoint_given_explicitly_maps_to_saas_control_plane():
    s = resolve_settings(config({"langsmith:endpoint": "https://eu.api.smith.langchain.com"}), environ={})
    assert s.control_plane_endpoint == "https://eu.api.host.langchain.com"
    assert not s.self_hosted


def test_control_plane_override_wins():
    s = resolve_settings(
        config(
            {
                "langsmith:endpoint": "https://ls.example.com",
                "langsmith:controlPlaneEndpoint": "https://cp.example.com/",
            }
        ),
        environ={},
    )
    assert s.control_plane_endpoint == "https://cp.example.com"


def test_stack_config_wins_over_environment():
    s = resolve_settings(
        config({"langsmith:apiKey": "from-config"}),
        environ={"LANGSMITH_API_KEY": "from-env", "LANGSMITH_ENDPOINT": "http://127.0.0.1:9"},
    )
    assert s.require_api_key() == "from-config"
    assert s.endpoint == "http://127.0.0.1:9"


def test_workspace_falls_back_to_tenant_id_env():
    s = resolve_settings(config({}), environ={"LANGSMITH_TENANT_ID": "t-1"})
    assert s.workspace_id == "t-1"
    s = resolve_settings(config({}), environ={"LANGSMITH_WORKSPACE_ID": "w-1", "LANGSMITH_TENANT_ID": "t-1"})
    assert s.workspace_id == "w-1"


def test_numbers_arrive_as_strings_and_are_parsed():
    s = resolve_settings(config({"langsmith:timeoutSeconds": "2.5", "langsmith:maxRetries": "7"}), environ={})
    assert s.timeout_seconds == 2.5 and s.max_retries == 7


def test_bad_number_names_the_key():
    with pytest.raises(ConfigurationError, match="langsmith:maxRetries"):
        resolve_settings(config({"langsmith:maxRetries": "lots"}), environ={})


def test_missing_api_key_names_config_key_and_env_variable():
    s = resolve_settings(config({}), environ={})
    with pytest.raises(MissingCredentialsError) as info:
        s.require_api_key()
    assert "langsmith:apiKey" in str(info.value) and "LANGSMITH_API_KEY" in str(info.value)


def test_credentials_never_show_in_repr():
    s = resolve_settings(
        config({"langsmith:apiKey": "lsv2_sk_secret", "langsmith:scimToken": "scim-secret"}), environ={}
    )
    assert "lsv2_sk_secret" not in repr(s) and "scim-secret" not in repr(s)
    assert "lsv2_sk_secret" not in s.model_dump_json()


def test_invalid_endpoint_is_rejected():
    with pytest.raises(ConfigurationError, match="langsmith:endpoint"):
        resolve_settings(config({"langsmith:endpoint": "ls.example.com"}), environ={})


@pytest.mark.parametrize(
    ("key", "value", "reason"),
    [
        ("timeoutSeconds", "0", "between"),
        ("maxRetries", "50", "between"),
        ("maxRetries", "2.7", "whole number"),
        ("maxRetries", "-1", "between"),
    ],
)
def test_out_of_range_numbers_name_the_config_key(key, value, reason):
    with pytest.raises(
        ConfigurationError, match=f"langsmith:{key} must be .*{reason}|langsmith:{key} must be a {reason}"
    ):
        resolve_settings(config({f"langsmith:{key}": value}), environ={})
