"""Fault injection settings: random failures by rate, and scripted failures of the next matching requests."""

from __future__ import annotations

import random
import threading
from dataclasses import dataclass, field
from typing import Literal

FaultKind = Literal["status", "drop"]

READS = frozenset({"GET", "HEAD", "OPTIONS"})


@dataclass(frozen=True)
class Fault:
    """What happens to one request.

    `kind="status"`: answer `status` (with `Retry-After` when `retry_after` is set).
    `kind="drop"`: close the connection in the middle of the response.
    `after`: handle the request first (so its writes happen), then fail or drop the response.
    """

    kind: FaultKind
    status: int | None = None
    retry_after: int | None = None
    after: bool = False

    @property
    def label(self) -> str:
        """A short name for request logs, e.g. `503`, `drop`, `drop_after`, `503_after`."""
        name = "drop" if self.kind == "drop" else str(self.status)
        return f"{name}_after" if self.after else name


@dataclass
class FaultRule:
    """Fail the next `remaining` requests matching `method` and `path_prefix` (None matches any); with
    `writes_only`, only writes (any method but GET, HEAD and OPTIONS) match."""

    remaining: int
    fault: Fault
    method: str | None = None
    path_prefix: str | None = None
    writes_only: bool = False

    def matches(self, method: str, path: str) -> bool:
        return (
            (self.method is None or self.method.upper() == method.upper())
            and (self.path_prefix is None or path.startswith(self.path_prefix))
            and not (self.writes_only and method.upper() in READS)
        )


def _check_rate(name: str, value: float) -> None:
    if not 0.0 <= value <= 1.0:
        raise ValueError(f"{name} must be between 0 and 1, not {value}")


@dataclass(eq=False)
class FaultConfig:
    """Faults the emulator injects; a live server reads it on every request, so it can be changed at runtime.

    Per request, one seeded random draw picks at most one of: a dropped connection before handling
    (`drop_rate`), a 503 (`fail_rate`), a 429 with `Retry-After: retry_after` (`throttle_rate`), or a
    response dropped after the request was handled (`drop_after_rate`). Rules queued by `fail_next`
    take precedence over the rates. `latency_ms` delays every request.
    """

    fail_rate: float = 0.0
    throttle_rate: float = 0.0
    retry_after: int = 1
    drop_rate: float = 0.0
    drop_after_rate: float = 0.0
    latency_ms: int = 0
    seed: int | None = None
    _rules: list[FaultRule] = field(default_factory=list, init=False, repr=False)
    _random: random.Random = field(init=False, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False)

    def __post_init__(self) -> None:
        for name in ("fail_rate", "throttle_rate", "drop_rate", "drop_after_rate"):
            _check_rate(name, getattr(self, name))
        if self.retry_after < 0 or self.latency_ms < 0:
            raise ValueError("retry_after and latency_ms must not be negative")
        self._random = random.Random(self.seed)

    def fail_next(
        self,
        n: int = 1,
        *,
        status: int = 503,
        method: str | None = None,
        path_prefix: str | None = None,
        retry_after: int | None = None,
        drop: bool = False,
        after: bool = False,
        writes_only: bool = False,
    ) -> None:
        """Fail the next `n` requests matching `method` and `path_prefix` (and, with `writes_only`, only
        writes: whichever of POST, PUT, PATCH or DELETE comes first, for tests that do not know which).

        With `status` (default 503; a 429 gets `Retry-After`, `retry_after` or the configured one), or
        by dropping the connection (`drop=True`). With `after=True` the request is handled first, so a
        write happens although the client sees a failure.
        """
        if n < 1:
            raise ValueError("n must be at least 1")
        if status == 429 and retry_after is None:
            retry_after = self.retry_after
        fault = Fault("drop", after=after) if drop else Fault("status", status, retry_after, after)
        with self._lock:
            self._rules.append(FaultRule(n, fault, method, path_prefix, writes_only))

    def pending(self) -> int:
        """How many scripted failures have not happened yet."""
        with self._lock:
            return sum(rule.remaining for rule in self._rules)

    def reset(self) -> None:
        """No faults any more: rates and latency to zero, scripted failures dropped, randomness re-seeded."""
        with self._lock:
            self.fail_rate = self.throttle_rate = self.drop_rate = self.drop_after_rate = 0.0
            self.latency_ms = 0
            self._rules.clear()
            self._random = random.Random(self.seed)

    def choose(self, method: str, path: str) -> Fault | None:
        """The fault for this request, if any (consumes a scripted rule or one random draw)."""
        with self._lock:
            for rule in self._rules:
                if rule.matches(method, path):
                    rule.remaining -= 1
                    if rule.remaining == 0:
                        self._rules.remove(rule)
                    return rule.fault
            if not (self.drop_rate or self.fail_rate or self.throttle_rate or self.drop_after_rate):
                return None
            draw = self._random.random()
        outcomes = (
            (self.drop_rate, Fault("drop")),
            (self.fail_rate, Fault("status", 503)),
            (self.throttle_rate, Fault("status", 429, self.retry_after)),
            (self.drop_after_rate, Fault("drop", after=True)),
        )
        threshold = 0.0
        for rate, fault in outcomes:
            threshold += rate
            if draw < threshold:
                return fault
        return None
