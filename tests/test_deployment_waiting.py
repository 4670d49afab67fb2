"""The adaptive poll schedule of deployment waits (intervals only: no clock is measured here)."""

from __future__ import annotations

import itertools

from pulumi_langsmith.waiting import DEFAULT_SCHEDULE, PollSchedule
from tenacity import RetryCallState, Retrying


def interval_after(schedule: PollSchedule, attempt: int, last: dict) -> float:
    state = RetryCallState(Retrying(), fn=None, args=(), kwargs={})
    state.attempt_number = attempt
    state.set_result(last)
    return schedule.wait()(state)


def test_polls_start_fast_and_back_off_to_the_cap() -> None:
    intervals = [interval_after(DEFAULT_SCHEDULE, n, {"status": "BUILDING"}) for n in range(1, 20)]
    assert intervals[0] == DEFAULT_SCHEDULE.first
    assert all(a <= b for a, b in itertools.pairwise(intervals))
    assert intervals[-1] == DEFAULT_SCHEDULE.cap < 5  # the official provider polls every 5 s


def test_polls_tighten_once_the_revision_is_deploying() -> None:
    assert interval_after(DEFAULT_SCHEDULE, 19, {"status": "DEPLOYING"}) == DEFAULT_SCHEDULE.final_stage_cap
    assert interval_after(DEFAULT_SCHEDULE, 1, {"status": "DEPLOYING"}) == DEFAULT_SCHEDULE.first
