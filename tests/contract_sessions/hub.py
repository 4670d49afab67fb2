"""The hub family's contract session: prompt repos, commits (at the Go root and under `/api`), tags, owners and
hub environments (run by `test_contract.py`)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from pulumi_langsmith.emulator.families.access import principals
from pulumi_langsmith.testing import LangSmithEmulator

Call = Callable[..., Any]
MANIFEST = {"lc": 1, "type": "constructor", "id": ["langchain", "prompts", "prompt", "PromptTemplate"],
            "kwargs": {"template": "Tell a joke about {topic}", "input_variables": ["topic"]}}  # fmt: skip


def session(call: Call, emulator: LangSmithEmulator) -> None:
    """Exercise every hub operation, plus the main refusals."""
    repo = call("POST", "/api/v1/repos", 200, json={"repo_handle": "contract-joke", "is_public": False})["repo"]
    call("POST", "/api/v1/repos", 409, json={"repo_handle": "contract-joke", "is_public": False})
    call("POST", "/api/v1/repos", 422, json={"repo_handle": "no-visibility"})
    call("GET", "/api/v1/repos", 200, params={"query": "contract", "limit": 10})
    call("GET", "/api/v1/repos/-/contract-joke", 200)
    call("GET", "/api/v1/repos/someone-else/contract-joke", 404)
    call("PATCH", "/api/v1/repos/-/contract-joke", 200, json={"description": "jokes", "tags": ["fun"]})

    first = call("POST", "/commits/-/contract-joke", 201, json={"manifest": MANIFEST})["commit"]
    changed = {**MANIFEST, "kwargs": {**MANIFEST["kwargs"], "template": "Two jokes about {topic}"}}
    call("POST", "/commits/-/contract-joke", 409, json={"manifest": changed, "parent_commit": "0000dead"})
    second = call(
        "POST", "/api/commits/-/contract-joke", 201, json={"manifest": changed, "parent_commit": first["commit_hash"]}
    )["commit"]
    call("GET", "/commits/-/contract-joke", 200, params={"limit": 1})
    call("GET", "/api/commits/-/contract-joke", 200)
    call("GET", f"/commits/-/contract-joke/{first['commit_hash']}", 200)
    call("GET", "/api/commits/-/contract-joke/latest", 200)
    call("GET", "/commits/-/contract-joke/nope", 404)

    tag = {"tag_name": "prod", "commit_id": first["id"]}
    call("POST", "/api/v1/repos/-/contract-joke/tags", 200, json=tag)
    call("POST", "/api/v1/repos/-/contract-joke/tags", 409, json=tag)
    call("GET", "/api/v1/repos/-/contract-joke/tags", 200)
    call("GET", "/api/v1/repos/-/contract-joke/tags/prod", 200)
    call(
        "PATCH", "/api/v1/repos/-/contract-joke/tags/prod", 200, json={"commit_id": second["id"], "skip_webhooks": True}
    )
    call("PATCH", "/api/v1/repos/-/contract-joke/tags/prod", 404, json={"commit_id": str(uuid.uuid4())})
    call("DELETE", "/api/v1/repos/-/contract-joke/tags/prod", 200)

    store = emulator.server.store
    user = principals.ensure_user(store, "repo-owner@example.com")
    role = principals.role_id_of(emulator.organization_id, "ORGANIZATION_USER")
    principals.add_org_member(store, emulator.organization_id, user["id"], role)
    owner = call("POST", "/api/v1/repos/-/contract-joke/owners", 200, json={"email": "repo-owner@example.com"})
    call("POST", "/api/v1/repos/-/contract-joke/owners", 404, json={"email": "stranger@example.com"})
    call("GET", "/api/v1/repos/-/contract-joke/owners", 200)
    call("DELETE", "/api/v1/repos/-/contract-joke/owners", 200, json={"identity_id": owner["identity_id"]})
    call("DELETE", "/api/v1/repos/-/contract-joke/owners", 404, json={"identity_id": owner["identity_id"]})

    call("GET", "/api/v1/hub/environments", 404)
    environments = call("POST", "/api/v1/hub/environments", 200, json={"environments": [{"name": "dev"}]})
    call("POST", "/api/v1/hub/environments", 409, json={"environments": [{"name": "dev"}]})
    call(
        "PATCH",
        f"/api/v1/hub/environments/{environments['id']}",
        400,
        json={"environments": [{"name": "a"}, {"name": "a"}]},
    )
    call("GET", "/api/v1/hub/environments", 200)
    envs = {"environments": [{"name": "dev"}, {"name": "prod"}]}
    call("PATCH", f"/api/v1/hub/environments/{environments['id']}", 200, json=envs)
    call("DELETE", f"/api/v1/hub/environments/{environments['id']}", 200)

    call("DELETE", f"/api/v1/repos/-/{repo['repo_handle']}", 200)
    call("GET", "/commits/-/contract-joke", 404)
