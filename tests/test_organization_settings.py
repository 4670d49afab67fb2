"""`OrganizationSettings`: a singleton adopted on create, only the set fields managed, forgotten on destroy; the
emulator enforces what it sets (key lifetime caps, PAT creation) and reports `sso_only`."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta, timezone

import pytest
from conftest import configure
from pulumi_langsmith.errors import ApiError
from pulumi_langsmith.resources import ApiKeyProvider, OrganizationSettingsProvider, PersonalAccessTokenProvider

INFO = "/api/v1/orgs/current/info"


def checked(provider, inputs):
    result = provider.check({}, {"__provider": "p", **inputs})
    assert result.failures == [], [(f.property, f.reason) for f in result.failures]
    return result.inputs


def test_create_adopts_the_organisation_and_sets_only_the_given_fields(langsmith_emulator, out_of_band):
    out_of_band.patch(INFO, json={"invites_enabled": False})
    provider = configure(OrganizationSettingsProvider(), langsmith_emulator)
    created = provider.create(checked(provider, {"max_pat_expiry_days": 30, "ip_allowlist": ["10.0.0.0/8"]}))

    info = out_of_band.get(INFO).json()
    assert created.outs["organization_id"] == langsmith_emulator.organization_id == info["id"]
    assert info["max_pat_expiry_days"] == 30 and info["ip_allowlist"] == ["10.0.0.0/8"]
    assert info["ip_allowlist_enabled"] is True
    assert info["invites_enabled"] is False, "a field the program does not set is left alone"


def test_a_field_left_unset_is_never_drift(langsmith_emulator, out_of_band):
    provider = configure(OrganizationSettingsProvider(), langsmith_emulator)
    inputs = checked(provider, {"max_pat_expiry_days": 30})
    created = provider.create(inputs)
    out_of_band.patch(INFO, json={"public_sharing_disabled": True, "max_service_key_expiry_days": 5})

    read = provider.read(created.id, created.outs)
    assert provider.diff(created.id, read.outs, inputs).changes is False


def test_destroy_leaves_the_settings_in_place_and_logs_what_it_forgot(langsmith_emulator, out_of_band, caplog):
    provider = configure(OrganizationSettingsProvider(), langsmith_emulator)
    created = provider.create(checked(provider, {"max_pat_expiry_days": 30}))
    langsmith_emulator.clear_log()
    with caplog.at_level(logging.WARNING, logger="pulumi_langsmith"):
        provider.delete(created.id, created.outs)

    assert [r for r in langsmith_emulator.requests if r.method != "GET"] == []
    assert out_of_band.get(INFO).json()["max_pat_expiry_days"] == 30
    assert any(
        "OrganizationSettings" in r.getMessage() and "max_pat_expiry_days=30" in r.getMessage() for r in caplog.records
    )


def test_a_second_program_adopts_the_same_settings_without_a_duplicate(langsmith_emulator, out_of_band):
    first = configure(OrganizationSettingsProvider(), langsmith_emulator)
    second = configure(OrganizationSettingsProvider(), langsmith_emulator)
    one = first.create(checked(first, {"max_pat_expiry_days": 30}))
    two = second.create(checked(second, {"public_sharing_disabled": True}))

    assert one.id == two.id
    info = out_of_band.get(INFO).json()
    assert info["max_pat_expiry_days"] == 30 and info["public_sharing_disabled"] is True


def test_sso_only_is_written_through_the_login_methods_operation(langsmith_emulator, out_of_band):
    provider = configure(OrganizationSettingsProvider(), langsmith_emulator)
    inputs = checked(provider, {"max_pat_expiry_days": 30})
    created = provider.create(inputs)
    langsmith_emulator.clear_log()
    news = checked(provider, {"max_pat_expiry_days": 30, "sso_only": True})
    updated = provider.update(created.id, created.outs, news)

    assert [(r.method, r.path) for r in langsmith_emulator.requests if r.method != "GET"] == [
        ("PATCH", "/api/v1/orgs/current/login-methods")
    ]
    assert updated.outs["sso_only"] is True
    assert out_of_band.get(INFO).json()["sso_only"] is True


def test_a_token_beyond_the_lifetime_cap_is_refused(langsmith_emulator, out_of_band):
    settings = configure(OrganizationSettingsProvider(), langsmith_emulator)
    settings.create(checked(settings, {"max_pat_expiry_days": 7}))

    tokens = configure(PersonalAccessTokenProvider(), langsmith_emulator)
    far = (datetime.now(timezone.utc) + timedelta(days=30)).isoformat()
    with pytest.raises(ValueError, match="limit of 7 days"):  # the provider reads the cap before any write
        tokens.create(checked(tokens, {"description": "too long", "expires_at": far}))
    refused = out_of_band.post(
        "/api/v1/orgs/current/personal-access-tokens", json={"description": "direct", "expires_at": far}
    )
    assert refused.status_code == 400 and "maximum of 7 days" in refused.text  # and so does LangSmith
    near = (datetime.now(timezone.utc) + timedelta(days=3)).isoformat()
    assert tokens.create(checked(tokens, {"description": "fine", "expires_at": near})).id


def test_a_legacy_api_key_beyond_its_cap_is_refused(langsmith_emulator, out_of_band):
    """`max_api_key_expiry_days` (what examples/governance sets) caps the legacy `ApiKey`, not the other kinds."""
    settings = configure(OrganizationSettingsProvider(), langsmith_emulator)
    settings.create(checked(settings, {"max_api_key_expiry_days": 7}))

    keys = configure(ApiKeyProvider(), langsmith_emulator)
    far = (datetime.now(timezone.utc) + timedelta(days=30)).isoformat()
    langsmith_emulator.clear_log()
    with pytest.raises(ValueError, match="limit of 7 days"):
        keys.create(checked(keys, {"description": "too long", "expires_at": far}))
    assert langsmith_emulator.writes() == []  # refused before the POST
    refused = out_of_band.post("/api/v1/api-key", json={"description": "direct", "expires_at": far})
    assert refused.status_code == 400 and "maximum of 7 days" in refused.text
    near = (datetime.now(timezone.utc) + timedelta(days=3)).isoformat()
    assert keys.create(checked(keys, {"description": "fine", "expires_at": near})).id
    tokens = configure(PersonalAccessTokenProvider(), langsmith_emulator)
    assert tokens.create(checked(tokens, {"description": "uncapped", "expires_at": far})).id


def test_disabling_pat_creation_refuses_new_tokens(langsmith_emulator):
    settings = configure(OrganizationSettingsProvider(), langsmith_emulator)
    settings.create(checked(settings, {"pat_creation_disabled": True}))
    tokens = configure(PersonalAccessTokenProvider(), langsmith_emulator)
    with pytest.raises(ApiError):
        tokens.create(checked(tokens, {"description": "refused"}))
