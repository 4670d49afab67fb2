"""Agent Server policies: crons in production stacks end (or say explicitly that they never do), assistants in
production stacks pin a version."""

from __future__ import annotations

from pulumi_langsmith.policies import PROD_ASSISTANTS_PINNED, PROD_CRONS_END, UNKNOWN
from test_policies import violations

CRON = {"url": "https://agent.example.com", "assistant_id": "agent", "schedule": "0 3 * * *"}
ASSISTANT = {"url": "https://agent.example.com", "name": "support", "graph_id": "agent"}


def test_a_production_cron_without_an_end_is_reported():
    (message,) = violations(PROD_CRONS_END, "Cron", CRON, stack="prod")
    assert "end_time" in message and "no_end_time=True" in message


def test_a_production_cron_with_an_end_time_or_an_explicit_no_end_passes():
    assert violations(PROD_CRONS_END, "Cron", {**CRON, "end_time": "2027-01-01T00:00:00+00:00"}, stack="prod") == []
    assert violations(PROD_CRONS_END, "Cron", {**CRON, "no_end_time": True}, stack="production-eu") == []


def test_a_cron_outside_production_or_with_an_unknown_end_is_not_judged():
    assert violations(PROD_CRONS_END, "Cron", CRON, stack="dev") == []
    assert violations(PROD_CRONS_END, "Cron", {**CRON, "end_time": UNKNOWN}, stack="prod") == []


def test_a_production_assistant_without_a_pinned_version_is_reported():
    (message,) = violations(PROD_ASSISTANTS_PINNED, "Assistant", ASSISTANT, stack="prod")
    assert "pinned_version" in message
    assert violations(PROD_ASSISTANTS_PINNED, "Assistant", {**ASSISTANT, "pinned_version": 3}, stack="prod") == []
    assert violations(PROD_ASSISTANTS_PINNED, "Assistant", {**ASSISTANT, "pinned_version": UNKNOWN}, stack="prod") == []
    assert violations(PROD_ASSISTANTS_PINNED, "Assistant", ASSISTANT, stack="staging") == []


def test_which_stacks_are_production_is_configurable():
    config = {"stack_patterns": ["live-*"]}
    assert violations(PROD_CRONS_END, "Cron", CRON, stack="LIVE-eu", config=config)
    assert violations(PROD_ASSISTANTS_PINNED, "Assistant", ASSISTANT, stack="live-1", config=config)
    assert violations(PROD_ASSISTANTS_PINNED, "Assistant", ASSISTANT, stack="prod", config=config) == []
