"""`PersonalAccessToken`: a personal access token of the calling user (`/api/v1/orgs/current/personal-access-tokens`)."""

from __future__ import annotations

from ..framework import Conformance, Kind
from ._keys import KEY_CONFORMANCE, KeyInputs, KeyOutputs, Keys


class PersonalAccessTokenInputs(KeyInputs):
    pass


KIND = Kind(
    name="PersonalAccessToken",
    description="A LangSmith personal access token of the user behind the provider's API key.",
    inputs=PersonalAccessTokenInputs,
    outputs=KeyOutputs,
    api=Keys("/api/v1/orgs/current/personal-access-tokens", max_expiry_setting="max_pat_expiry_days"),
    conformance=Conformance(**KEY_CONFORMANCE),
    scope="organization",
    delete_before_replace=False,  # rotation: the new token exists before the old one is revoked
)
