"""The access routes (members, roles, API keys, SCIM tokens) against the spec: a scripted session.

The session itself (`contract_sessions/access.py`) is also run by `test_contract.py`'s session covering
every operation.
"""

from __future__ import annotations

import httpx
from contract_sessions.access import session as access_session
from pulumi_langsmith.testing import LangSmithEmulator


def test_access_session_conforms_to_the_spec(langsmith_emulator: LangSmithEmulator) -> None:
    from test_contract import OPERATIONS, ContractCheckedClient

    with httpx.Client(base_url=langsmith_emulator.base_url, headers=langsmith_emulator.headers) as http:
        checked = ContractCheckedClient(http)
        access_session(checked.call, langsmith_emulator)
    access_paths = ("/members", "/roles", "/service-keys", "/personal-access-tokens", "/api-key", "/scim/tokens")
    wanted = {
        op
        for op in OPERATIONS
        if any(part in op[2] for part in access_paths)
        and not op[2].startswith("/scim/v2")
        and "/access-policies" not in op[2]  # the abac family's (its own contract session)
    }
    missing = wanted - checked.covered
    assert not missing, f"access operations the session did not exercise: {sorted(missing)}"
