"""`SsoSettings`: one per organisation (a second is refused unless adopted), read from the list, PATCHed by id."""

from __future__ import annotations

import pytest
from conftest import configure
from pulumi_langsmith.emulator.families.access import principals
from pulumi_langsmith.errors import AlreadyExistsError
from pulumi_langsmith.resources import SsoSettingsProvider

SSO = "/api/v1/orgs/current/sso-settings"


def example(emulator, **changes):
    return {
        "default_workspace_role_id": principals.role_id_of(emulator.organization_id, "WORKSPACE_VIEWER"),
        "default_workspace_ids": [emulator.workspace_id],
        "metadata_url": "https://idp.example.com/metadata",
        **changes,
    }


def checked(provider, inputs):
    result = provider.check({}, {"__provider": "p", **inputs})
    assert result.failures == [], [(f.property, f.reason) for f in result.failures]
    return result.inputs


def test_settings_made_elsewhere_are_refused_then_adopted(langsmith_emulator, out_of_band):
    theirs = out_of_band.post(SSO, json=example(langsmith_emulator)).json()
    provider = configure(SsoSettingsProvider(), langsmith_emulator)
    with pytest.raises(AlreadyExistsError, match="already has SSO settings"):
        provider.create(checked(provider, example(langsmith_emulator)))

    adopted = provider.create(
        checked(provider, example(langsmith_emulator, adopt_existing=True, sso_groups_enabled=True))
    )
    assert adopted.id == theirs["id"]
    (live,) = out_of_band.get(SSO).json()
    assert live["sso_groups_enabled"] is True


def test_an_update_patches_only_the_changed_fields(langsmith_emulator):
    provider = configure(SsoSettingsProvider(), langsmith_emulator)
    inputs = checked(provider, example(langsmith_emulator))
    created = provider.create(inputs)
    langsmith_emulator.clear_log()
    news = checked(provider, example(langsmith_emulator, sso_groups_required=True))
    provider.update(created.id, created.outs, news)
    assert [(r.method, r.path) for r in langsmith_emulator.requests] == [("PATCH", f"{SSO}/{created.id}")]


def test_exactly_one_metadata_source_at_preview(langsmith_emulator):
    provider = configure(SsoSettingsProvider(), langsmith_emulator)
    both = provider.check({}, example(langsmith_emulator, metadata_xml="<EntityDescriptor/>"))
    assert [f.property for f in both.failures] == ["metadata_url"]
