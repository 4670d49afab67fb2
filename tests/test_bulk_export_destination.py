"""`BulkExportDestination`: write-only credentials, an update that replaces only them, and a destroy that forgets."""

from __future__ import annotations

import json
import logging

import pytest
from conftest import configure
from pulumi_langsmith.errors import AlreadyExistsError
from pulumi_langsmith.resources import BulkExportDestinationProvider

CONFIG = {"bucket_name": "warehouse-exports", "region": "eu-west-1", "prefix": "langsmith"}
CREDENTIALS = {"access_key_id": "AKIAWAREHOUSE0001", "secret_access_key": "warehouse-secret-value-1"}


def check(provider, inputs, olds=None):
    return provider.check(olds or {}, {"__provider": "p", **inputs})


def checked(provider, inputs, olds=None):
    result = check(provider, inputs, olds)
    assert result.failures == [], result.failures
    return result.inputs


def test_credentials_are_sent_but_never_read_back(langsmith_emulator, out_of_band):
    provider = configure(BulkExportDestinationProvider(), langsmith_emulator)
    inputs = checked(provider, {"display_name": "warehouse", "config": CONFIG, "credentials": CREDENTIALS})
    created = provider.create(inputs)

    live = out_of_band.get(f"/api/v1/bulk-exports/destinations/{created.id}").json()
    assert live["credentials_keys"] == ["access_key_id", "secret_access_key"]
    assert CREDENTIALS["secret_access_key"] not in json.dumps(live)
    assert created.outs["credentials_keys"] == ["access_key_id", "secret_access_key"]

    read = provider.read(created.id, created.outs)
    assert read.inputs["credentials"] == {
        **CREDENTIALS,
        "session_token": None,
    }  # kept from state: the API cannot show them
    assert provider.diff(created.id, read.outs, inputs).changes is False


def test_new_credentials_update_in_place_and_anything_else_replaces(langsmith_emulator):
    provider = configure(BulkExportDestinationProvider(), langsmith_emulator)
    inputs = checked(provider, {"display_name": "warehouse", "config": CONFIG, "credentials": CREDENTIALS})
    created = provider.create(inputs)

    rotated = checked(provider, {**inputs, "credentials": {**CREDENTIALS, "session_token": "temporary-token"}})
    diff = provider.diff(created.id, created.outs, rotated)
    assert diff.changes is True and not diff.replaces
    updated = provider.update(created.id, created.outs, rotated)
    assert updated.outs["credentials_keys"] == ["access_key_id", "secret_access_key", "session_token"]

    moved = checked(provider, {**inputs, "config": {**CONFIG, "prefix": "elsewhere"}})
    assert provider.diff(created.id, created.outs, moved).replaces == ["config"]


def test_credentials_cannot_be_removed_in_place(langsmith_emulator):
    provider = configure(BulkExportDestinationProvider(), langsmith_emulator)
    olds = checked(provider, {"display_name": "warehouse", "config": CONFIG, "credentials": CREDENTIALS})
    failures = check(provider, {"display_name": "warehouse", "config": CONFIG}, olds).failures
    assert [f.property for f in failures] == ["credentials"]
    # with a role to assume instead, the config changes and the destination is replaced: allowed
    role = {**CONFIG, "aws_role_arn": "arn:aws:iam::123456789012:role/langsmith-exports"}
    assert check(provider, {"display_name": "warehouse", "config": role}, olds).failures == []


def test_destroy_forgets_the_destination_with_a_warning(langsmith_emulator, out_of_band, caplog):
    provider = configure(BulkExportDestinationProvider(), langsmith_emulator)
    created = provider.create(checked(provider, {"display_name": "kept", "config": CONFIG}))
    with caplog.at_level(logging.WARNING, logger="pulumi_langsmith"):
        provider.delete(created.id, created.outs)
    assert "forgets" in caplog.text and "kept" in caplog.text
    assert out_of_band.get(f"/api/v1/bulk-exports/destinations/{created.id}").status_code == 200


def test_a_destination_with_the_same_name_and_bucket_is_refused_unless_adopted(langsmith_emulator, out_of_band):
    theirs = out_of_band.post(
        "/api/v1/bulk-exports/destinations", json={"display_name": "shared", "config": CONFIG}
    ).json()
    provider = configure(BulkExportDestinationProvider(), langsmith_emulator)
    with pytest.raises(AlreadyExistsError, match="adopt_existing"):
        provider.create(checked(provider, {"display_name": "shared", "config": CONFIG}))
    adopted = provider.create(
        checked(
            provider, {"display_name": "shared", "config": CONFIG, "credentials": CREDENTIALS, "adopt_existing": True}
        )
    )
    assert adopted.id == theirs["id"]
    live = out_of_band.get(f"/api/v1/bulk-exports/destinations/{theirs['id']}").json()
    assert live["credentials_keys"] == ["access_key_id", "secret_access_key"]  # adoption brought the credentials


def test_secrets_stay_out_of_errors(langsmith_emulator):
    provider = configure(BulkExportDestinationProvider(), langsmith_emulator)
    inputs = checked(provider, {"display_name": "warehouse", "config": CONFIG, "credentials": CREDENTIALS})
    created = provider.create(inputs)
    with pytest.raises(Exception) as raised:  # no such destination: the PATCH fails
        provider.update(
            "00000000-0000-0000-0000-000000000000",
            created.outs,
            {**inputs, "credentials": {**CREDENTIALS, "access_key_id": "AKIAOTHER000001"}},
        )
    assert CREDENTIALS["secret_access_key"] not in str(raised.value)


def test_credentials_removed_out_of_band_show_as_drift(langsmith_emulator, out_of_band):
    provider = configure(BulkExportDestinationProvider(), langsmith_emulator)
    inputs = checked(provider, {"display_name": "warehouse", "config": CONFIG, "credentials": CREDENTIALS})
    created = provider.create(inputs)
    out_of_band.patch(
        f"/api/v1/bulk-exports/destinations/{created.id}",
        json={"credentials": {**CREDENTIALS, "session_token": "someone-elses-token"}},
    )
    read = provider.read(created.id, created.outs)
    assert read.inputs.get("credentials") is None
    assert provider.diff(created.id, read.outs, inputs).changes is True
