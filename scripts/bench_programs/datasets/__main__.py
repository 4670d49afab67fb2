"""Benchmark program: N datasets (N from config `count`, default 100)."""

import pulumi
import pulumi_langsmith as langsmith

count = int(pulumi.Config().get("count") or 100)
for i in range(count):
    langsmith.Dataset(f"dataset-{i}", name=f"bench-dataset-{i}", description="benchmark")
