"""Benchmark program: N no-op dynamic resources (N from config `count`, default 100)."""

import pulumi
from noop_provider import Noop

count = int(pulumi.Config().get("count") or 100)
for i in range(count):
    Noop(f"noop-{i}")
