"""Waiting on the Deployment control plane: a revision until it is live, a deleted deployment until it is gone.

Polling is adaptive: the first checks come fast (so `pulumi up` returns soon after a quick revision is
live) and the interval grows geometrically to a cap (so a 20-minute build costs few requests).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from tenacity import RetryCallState, RetryError, Retrying, retry_if_result, stop_after_delay, wait_exponential

from .client import Api
from .errors import ApiError, LangSmithProviderError, NotFoundError

if TYPE_CHECKING:
    from .framework.scoped import Scoped

DEPLOYED_STATUSES = frozenset({"DEPLOYED", "SKIPPED"})
FAILED_STATUSES = frozenset({"CREATE_FAILED", "BUILD_FAILED", "DEPLOY_FAILED"})
LOG_EXCERPT_LINES = 12


@dataclass(frozen=True)
class PollSchedule:
    """Poll intervals: `first` seconds, growing by `factor` up to `cap`; at most `final_stage_cap` once a
    revision is `DEPLOYING` (its last stage), so the wait ends soon after it is live."""

    first: float = 0.05
    factor: float = 1.5
    cap: float = 2.0
    final_stage_cap: float = 1.0

    def wait(self) -> Callable[[RetryCallState], float]:
        growing = wait_exponential(multiplier=self.first, exp_base=self.factor, min=self.first, max=self.cap)

        def interval(state: RetryCallState) -> float:
            last = state.outcome.result() if state.outcome is not None and not state.outcome.failed else None
            if isinstance(last, dict) and last.get("status") == "DEPLOYING":
                return min(growing(state), self.final_stage_cap)
            return growing(state)

        return interval


DEFAULT_SCHEDULE = PollSchedule()


class DeploymentFailedError(LangSmithProviderError):
    """A revision ended in `CREATE_FAILED`, `BUILD_FAILED` or `DEPLOY_FAILED`."""

    KEPT = "Fix the cause and run `pulumi up` again: the deployment is kept and a new revision is made."

    def __init__(
        self, deployment_id: str, revision_id: str, status: str, log_excerpt: list[str], epilogue: str = KEPT
    ) -> None:
        self.deployment_id, self.revision_id, self.status, self.log_excerpt = (
            deployment_id,
            revision_id,
            status,
            log_excerpt,
        )
        self.epilogue = epilogue
        logs = "\n".join(f"    {line}" for line in log_excerpt) if log_excerpt else "    (no log lines available)"
        super().__init__(
            f"deployment {deployment_id}: revision {revision_id} ended in {status}. Last log lines:\n{logs}\n{epilogue}"
        )


class DeploymentWaitTimeoutError(LangSmithProviderError):
    """The wait for a revision (or a deletion) outlived `wait_timeout_seconds`."""

    KEPT = (
        "The deployment is kept: run `pulumi up` again to keep waiting (it is found and adopted, not created "
        "twice), or raise wait_timeout_seconds."
    )

    def __init__(self, message: str, epilogue: str = "", *, summary: str | None = None) -> None:
        self.summary = summary if summary is not None else message
        """The message without its epilogue (what happened, not what to do next)."""
        self.epilogue = epilogue
        super().__init__(f"{message} {epilogue}".strip())


def cp_get(api: Scoped, path: str, **kwargs: Any) -> Any:
    return api.request("GET", path, api=Api.CONTROL_PLANE, **kwargs)


def _poll(fetch: Callable[[], Any], done: Callable[[Any], bool], timeout: float, schedule: PollSchedule) -> Any:
    """Call `fetch` until `done(result)`; returns the last result, raises `RetryError` on timeout."""
    retrying = Retrying(
        retry=retry_if_result(lambda result: not done(result)),
        wait=schedule.wait(),
        stop=stop_after_delay(timeout),
        sleep=time.sleep,
    )
    return retrying(fetch)


def revision_log_excerpt(api: Scoped, deployment_id: str, revision_id: str, status: str) -> list[str]:
    """The last lines of the log that explains a failed revision (build log for build failures, else deploy)."""
    kinds = {"BUILD_FAILED": ("build",), "DEPLOY_FAILED": ("deploy",)}.get(status, ("build", "deploy"))
    lines: list[str] = []
    for kind in kinds:
        try:
            body = cp_get(
                api,
                f"/v2/deployments/{deployment_id}/revisions/{revision_id}/logs",
                params={"type": kind, "order": "desc", "limit": LOG_EXCERPT_LINES},
            )
        except ApiError:
            continue  # older control planes have no logs endpoint; the error still names the status
        for entry in reversed((body or {}).get("logs") or []):
            message = entry.get("message") if isinstance(entry, dict) else str(entry)
            level = entry.get("level") if isinstance(entry, dict) else None
            lines.append(f"[{kind}] {level + ': ' if level else ''}{message}")
    return lines[-LOG_EXCERPT_LINES:]


def wait_for_revision(
    api: Scoped,
    deployment_id: str,
    revision_id: str,
    timeout: float,
    schedule: PollSchedule = DEFAULT_SCHEDULE,
) -> dict[str, Any]:
    """Poll a revision until it is `DEPLOYED` or `SKIPPED`; raise on a failed status or on timeout."""
    path = f"/v2/deployments/{deployment_id}/revisions/{revision_id}"
    settled = DEPLOYED_STATUSES | FAILED_STATUSES
    try:
        revision = _poll(lambda: cp_get(api, path), lambda r: r.get("status") in settled, timeout, schedule)
    except RetryError as error:
        last = error.last_attempt.result() if not error.last_attempt.failed else {}
        raise DeploymentWaitTimeoutError(
            f"deployment {deployment_id}: revision {revision_id} is still {last.get('status', 'in progress')} after "
            f"{timeout:g} s (wait_timeout_seconds).",
            DeploymentWaitTimeoutError.KEPT,
        ) from None
    if revision["status"] in FAILED_STATUSES:
        excerpt = revision_log_excerpt(api, deployment_id, revision_id, revision["status"])
        raise DeploymentFailedError(deployment_id, revision_id, revision["status"], excerpt)
    return revision


def wait_until_deleted(
    api: Scoped, deployment_id: str, timeout: float, schedule: PollSchedule = DEFAULT_SCHEDULE
) -> None:
    """Poll a deleted deployment until the control plane answers 404."""

    def gone() -> bool:
        try:
            cp_get(api, f"/v2/deployments/{deployment_id}")
        except NotFoundError:
            return True
        return False

    try:
        _poll(gone, bool, timeout, schedule)
    except RetryError:
        raise DeploymentWaitTimeoutError(
            f"deployment {deployment_id} was deleted but still exists after {timeout:g} s; run `pulumi destroy` "
            "again to keep waiting."
        ) from None
