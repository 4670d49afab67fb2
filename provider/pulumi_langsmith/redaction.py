"""Known secrets, redacted from every log record of ours, httpx's and httpcore's.

The credentials in use and the secret inputs of the operations in flight are registered here (counted, so
concurrent operations of the provider host's threads can share a value). A log-record factory replaces them
in the formatted message of every record whose logger is `pulumi_langsmith`, `httpx` or `httpcore` (or a
child of one): `httpcore`'s DEBUG lines print headers and bodies as bytes, and the factory sees them all.
"""

from __future__ import annotations

import logging
import threading
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

REDACTED = "[REDACTED]"
WATCHED_LOGGERS = ("pulumi_langsmith", "httpx", "httpcore")
_MIN_LENGTH = 4  # shorter values would redact ordinary words

_lock = threading.Lock()
_secrets: Counter[str] = Counter()
_installed = False


def redact(text: str, extra: Iterable[str] = ()) -> str:
    """`text` with every registered secret (and `extra`) replaced, longest first."""
    with _lock:
        known = set(_secrets)
    known.update(s for s in extra if s and len(s) >= _MIN_LENGTH)
    for secret in sorted(known, key=len, reverse=True):
        if secret in text:
            text = text.replace(secret, REDACTED)
    return text


def register(values: Iterable[str]) -> None:
    """Keep `values` redacted for as long as this process runs (credentials)."""
    with _lock:
        for value in values:
            if value and len(value) >= _MIN_LENGTH and value not in _secrets:
                _secrets[value] += 1


@contextmanager
def registered(values: Iterable[str]) -> Iterator[None]:
    """Keep `values` redacted while the block runs (an operation's secret inputs)."""
    kept = [v for v in values if v and len(v) >= _MIN_LENGTH]
    with _lock:
        _secrets.update(kept)
    try:
        yield
    finally:
        with _lock:
            _secrets.subtract(kept)
            for value in kept:
                if _secrets[value] <= 0:
                    del _secrets[value]


def _watched(name: str) -> bool:
    return any(name == root or name.startswith(root + ".") for root in WATCHED_LOGGERS)


def install() -> None:
    """Install the redacting log-record factory once per process (idempotent)."""
    global _installed
    with _lock:
        if _installed:
            return
        _installed = True
    previous = logging.getLogRecordFactory()

    def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record = previous(*args, **kwargs)
        if _secrets and _watched(record.name):
            try:
                message = record.getMessage()
            except Exception:  # a malformed record: leave it to logging's own error handling
                return record
            cleaned = redact(message)
            if cleaned != message:
                record.msg, record.args = cleaned, None
        return record

    logging.setLogRecordFactory(factory)
