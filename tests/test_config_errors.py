"""Configuration errors fail at preview (in `check`, without a request) with one line naming the config key
and how to set it; HTTP errors a user fixes in configuration name the URL and the key that chose it; the
dynamic-provider host reports this package's errors without a traceback."""

from __future__ import annotations

import socket
import sys

import pytest
from protocol_harness import ProviderServer, RpcError
from pulumi_langsmith.client import LangSmithClient
from pulumi_langsmith.config import ProviderSettings
from pulumi_langsmith.errors import ConfigurationError, NotFoundError
from pulumi_langsmith.framework.adapter import _OneLineKnownErrors
from pulumi_langsmith.resources import DatasetProvider, ScimUserProvider

NO_ENV = {
    "LANGSMITH_API_KEY": "",
    "LANGSMITH_ENDPOINT": "",
    "LANGSMITH_SCIM_TOKEN": "",
    "LANGSMITH_WORKSPACE_ID": "",
}


def check_failures(config, provider=None, inputs=None):
    provider = provider or DatasetProvider()
    with ProviderServer(env=NO_ENV) as server:
        server.configure(config)
        blob = server.provider_blob(provider)
        urn = server.urn("pulumi-python:dynamic/langsmith:Dataset", "cfg")
        response = server.check(urn, {}, {"__provider": blob, **(inputs or {"name": "d"})})
        return [(f.property, f.reason) for f in response.failures]


def test_missing_api_key_fails_check_with_one_line_naming_the_key(langsmith_emulator):
    before = len(langsmith_emulator.requests)
    failures = check_failures({"langsmith:endpoint": langsmith_emulator.base_url})
    assert len(failures) == 1
    prop, reason = failures[0]
    assert prop == ""
    assert "pulumi config set --secret langsmith:apiKey" in reason and "LANGSMITH_API_KEY" in reason
    assert "\n" not in reason
    assert len(langsmith_emulator.requests) == before


def test_scim_kinds_need_the_scim_token_not_the_api_key(langsmith_emulator):
    failures = check_failures(
        {"langsmith:endpoint": langsmith_emulator.base_url, "langsmith:apiKey": langsmith_emulator.api_key},
        provider=ScimUserProvider(),
        inputs={"user_name": "alice", "email": "alice@example.com"},
    )
    assert [p for p, _ in failures] == [""]
    assert "langsmith:scimToken" in failures[0][1]


@pytest.mark.parametrize(
    ("config", "key", "advice"),
    [
        ({"langsmith:endpoint": "ls.example.com"}, "langsmith:endpoint", "pulumi config set langsmith:endpoint"),
        ({"langsmith:region": "mars"}, "langsmith:region", "pulumi config set langsmith:region eu"),
        ({"langsmith:maxRetries": "many"}, "langsmith:maxRetries", "pulumi config set langsmith:maxRetries 4"),
        (
            {"langsmith:controlPlaneEndpoint": "nowhere"},
            "langsmith:controlPlaneEndpoint",
            "pulumi config set langsmith:controlPlaneEndpoint",
        ),
    ],
    ids=["endpoint", "region", "maxRetries", "controlPlaneEndpoint"],
)
def test_bad_config_fails_check_naming_the_key_and_how_to_set_it(config, key, advice):
    failures = check_failures({"langsmith:apiKey": "lsv2_sk_x", **config})
    assert len(failures) == 1 and failures[0][0] == ""
    reason = failures[0][1]
    assert reason.startswith(key) and advice in reason and "\n" not in reason


def test_check_without_configure_reports_only_input_problems():
    # Unit tests drive providers without `configure`; the host always configures first.
    assert DatasetProvider().check({}, {"name": "d"}).failures == []


def test_unauthorized_names_the_url_and_the_credential_key_without_a_traceback(langsmith_emulator):
    with ProviderServer(env=NO_ENV) as server:
        server.configure(
            {
                "langsmith:apiKey": "lsv2_sk_wrongwrongwrongwrongwrongwrong_0000000000",
                "langsmith:endpoint": langsmith_emulator.base_url,
                "langsmith:maxRetries": "0",
            }
        )
        blob = server.provider_blob(DatasetProvider())
        with pytest.raises(RpcError) as info:
            server.create(server.urn("pulumi-python:dynamic/langsmith:Dataset", "u"), {"__provider": blob, "name": "x"})
    details = info.value.details()
    assert "Traceback" not in details and "\n" not in details.strip()
    assert f"{langsmith_emulator.base_url}/api/v1/datasets" in details
    assert "langsmith:apiKey" in details and "langsmith:endpoint" in details
    assert "wrongwrong" not in details


def test_unreachable_endpoint_names_the_url_and_the_config_key_without_a_traceback():
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with ProviderServer(env=NO_ENV) as server:
        server.configure(
            {
                "langsmith:apiKey": "lsv2_sk_x",
                "langsmith:endpoint": f"http://127.0.0.1:{port}",
                "langsmith:maxRetries": "0",
            }
        )
        blob = server.provider_blob(DatasetProvider())
        with pytest.raises(RpcError) as info:
            server.create(server.urn("pulumi-python:dynamic/langsmith:Dataset", "t"), {"__provider": blob, "name": "x"})
    details = info.value.details()
    assert "Traceback" not in details
    assert f"could not reach http://127.0.0.1:{port}/api/v1/datasets" in details
    assert "langsmith:endpoint" in details


def test_not_found_names_the_url_and_the_config_key(langsmith_emulator):
    client = LangSmithClient(
        ProviderSettings(api_key=langsmith_emulator.api_key, endpoint=langsmith_emulator.base_url, max_retries=0)
    )
    with pytest.raises(NotFoundError) as info:
        client.get("/api/v1/no-such-route")
    assert f"not found at {langsmith_emulator.base_url}/api/v1/no-such-route" in str(info.value)
    assert "langsmith:endpoint" in str(info.value)


def test_known_errors_print_one_line_and_others_keep_their_traceback():
    try:
        raise ConfigurationError("langsmith:region must be one of ['eu', 'us']")
    except ConfigurationError:
        assert _OneLineKnownErrors.format_exc() == "langsmith:region must be one of ['eu', 'us']"
    try:
        raise RuntimeError("boom")
    except RuntimeError:
        text = _OneLineKnownErrors.format_exc()
        assert text.startswith("Traceback (most recent call last):") and "RuntimeError: boom" in text
    assert sys.exc_info() == (None, None, None)


@pytest.mark.e2e
def test_preview_without_an_api_key_fails_with_one_line_naming_the_key(tmp_path, langsmith_emulator):
    from e2e_support import PulumiProject

    source = tmp_path / "program"
    source.mkdir()
    (source / "__main__.py").write_text(
        'import pulumi_langsmith as langsmith\nlangsmith.Dataset("golden", name="golden", description="d")\n'
    )
    project = PulumiProject.create(tmp_path, source, name="config-errors")
    project.config("langsmith:endpoint", langsmith_emulator.base_url)
    preview = project.run("preview", check=False)
    assert preview.returncode != 0
    assert "has a problem: No LangSmith API key: set it with `pulumi config set --secret langsmith:apiKey" in (
        preview.output
    ), preview.output
    assert "Traceback" not in preview.output
    assert not langsmith_emulator.requests, "preview must not send a request"

    project.config("langsmith:apiKey", "lsv2_sk_wrongwrongwrongwrongwrongwrong_0000000000", secret=True)
    project.config("langsmith:maxRetries", "0")
    up = project.run("up", check=False)
    assert up.returncode != 0
    assert "refused the credential in langsmith:apiKey" in up.output, up.output
    assert "Traceback" not in up.output and "wrongwrong" not in up.output
