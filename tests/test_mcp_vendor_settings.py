"""`McpVendorSettings`: a singleton per workspace and vendor, initialized with a POST (existing settings, a
409, are adopted), replaced with a PUT that keeps the unmanaged field, deleted on destroy."""

from __future__ import annotations

import pytest
from conftest import configure
from pulumi_langsmith.resources import McpVendorSettingsProvider

SETTINGS = "/v1/platform/mcp-vendors/arcade/settings"
SERVED = "/api" + SETTINGS  # the emulator's endpoint is self-hosted style


def checked(provider, inputs):
    result = provider.check({}, {"__provider": "p", **inputs})
    assert result.failures == [], [(f.property, f.reason) for f in result.failures]
    return result.inputs


@pytest.fixture
def vendors(langsmith_emulator):
    return configure(McpVendorSettingsProvider(), langsmith_emulator)


def test_create_posts_once_and_destroy_deletes_the_settings(vendors, langsmith_emulator, out_of_band):
    langsmith_emulator.clear_log()
    created = vendors.create(checked(vendors, {"vendor_slug": "arcade", "vendor_organization_id": "org-1"}))
    assert created.id == "arcade" and created.outs["is_configured"] is True
    vendors.delete(created.id, created.outs)
    assert [(r.method, r.path) for r in langsmith_emulator.requests] == [("POST", SERVED), ("DELETE", SERVED)]
    assert out_of_band.get(SETTINGS).status_code == 404


def test_existing_settings_are_adopted_and_the_unmanaged_field_is_kept(vendors, langsmith_emulator, out_of_band):
    out_of_band.post(SETTINGS, json={"organization_id": "by-hand", "project_id": "kept"}).raise_for_status()
    langsmith_emulator.clear_log()
    created = vendors.create(checked(vendors, {"vendor_slug": "arcade", "vendor_organization_id": "org-1"}))
    assert [r.method for r in langsmith_emulator.writes()] == ["POST", "PUT"]  # the 409, then the adoption
    assert out_of_band.get(SETTINGS).json() == {"is_configured": True, "organization_id": "org-1", "project_id": "kept"}
    read = vendors.read(created.id, created.outs)
    assert "vendor_project_id" not in read.inputs  # unmanaged: never drift


def test_settings_deleted_out_of_band_are_gone_on_refresh(vendors, out_of_band):
    created = vendors.create(checked(vendors, {"vendor_slug": "arcade", "vendor_project_id": "p"}))
    out_of_band.delete(SETTINGS).raise_for_status()
    assert vendors.read(created.id, created.outs).id is None
