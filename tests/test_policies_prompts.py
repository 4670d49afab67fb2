"""The promotion policy: in production stacks, a prompt reaches production only by a reviewed tag move (a
promotion tag names a literal commit hash) and every prompt has such a tag."""

from __future__ import annotations

from typing import Any

from pulumi_langsmith.policies import PROD_PROMPTS_PROMOTED_BY_TAG, type_token
from pulumi_policy import PolicyCustomTimeouts, PolicyResource, PolicyResourceOptions, StackValidationArgs
from pulumi_policy.proxy import unknown_checking_proxy


def resource(
    kind: str, props: dict[str, Any], name: str, deps: dict[str, list[PolicyResource]] | None = None, stack="prod"
) -> PolicyResource:
    options = PolicyResourceOptions(False, [], None, [], PolicyCustomTimeouts(0, 0, 0), [])
    urn = f"urn:pulumi:{stack}::p::{type_token(kind)}::{name}"
    return PolicyResource(
        type_token(kind), unknown_checking_proxy(props), urn, name, options, None, None, [], deps or {}
    )


def violations(*resources: PolicyResource, config: dict[str, Any] | None = None) -> list[str]:
    reported: list[str] = []
    PROD_PROMPTS_PROMOTED_BY_TAG.validate(
        StackValidationArgs(list(resources), config or {}), lambda message, _urn=None: reported.append(message)
    )
    return reported


def prompt(stack: str = "prod") -> PolicyResource:
    return resource("Prompt", {"repo_handle": "support"}, "support", stack=stack)


def tag(commit: str, deps: dict[str, list[PolicyResource]] | None = None, name: str = "prod", stack="prod"):
    props = {"repo_handle": "support", "tag_name": name, "commit": commit}
    return resource("PromptTag", props, f"support-{name}", deps, stack=stack)


def test_a_prod_tag_on_a_literal_hash_satisfies_it():
    assert violations(prompt(), tag("a1b2c3d4")) == []


def test_a_prod_tag_following_the_prompt_or_latest_is_reported():
    p = prompt()
    [following] = violations(p, tag("a1b2c3d4", {"commit": [p], "repo_handle": [p]}))
    assert "follows the latest commit of 'support'" in following and "literal hash" in following
    [latest] = violations(p, tag("latest"))
    assert "'latest'" in latest


def test_a_prod_prompt_without_a_promotion_tag_is_reported_unless_not_required():
    [missing] = violations(prompt(), tag("a1b2c3d4", name="staging"))
    assert "has no promotion tag" in missing
    assert violations(prompt(), config={"require_tag": False}) == []


def test_other_stacks_and_other_tags_are_free():
    p = prompt("dev")
    assert violations(p, tag("latest", {"commit": [p]}, stack="dev")) == []
    staging = prompt()
    assert violations(staging, tag("a1b2c3d4"), tag("latest", {"commit": [staging]}, name="staging")) == []
    assert violations(prompt(), tag("latest", name="live"), config={"tag_names": ["live"]}) != []
