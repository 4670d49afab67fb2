"""`pulumi_langsmith.typed` is generated from the registry: every kind has its classes, and the checked-in
file is what `pulumi-langsmith codegen` writes today (run it after changing a kind)."""

from __future__ import annotations

import difflib

import pytest
from pulumi_langsmith import typed
from pulumi_langsmith.framework import codegen
from pulumi_langsmith.framework.adapter import KindProvider, KindResource
from pulumi_langsmith.framework.registry import all_kinds

KINDS = all_kinds()


@pytest.mark.parametrize("kind", KINDS, ids=[k.name for k in KINDS])
def test_every_registered_kind_has_generated_classes(kind):
    resource = getattr(typed, kind.name, None)
    args = getattr(typed, f"{kind.name}Args", None)
    provider = getattr(typed, f"{kind.name}Provider", None)
    assert resource is not None and args is not None and provider is not None, (
        f"typed.py has no classes for {kind.name}: run `pulumi-langsmith codegen`"
    )
    assert issubclass(provider, KindProvider) and provider.kind is kind
    assert issubclass(resource, KindResource) and resource._provider_class is provider
    assert {kind.name, f"{kind.name}Args", f"{kind.name}Provider"} <= set(typed.__all__)


def test_all_providers_are_the_registered_kinds():
    assert [p.kind for p in typed.ALL_PROVIDERS] == list(KINDS)


def test_typed_module_is_current():
    expected = codegen.format_source(codegen.generate())
    actual = codegen.TARGET.read_text()
    if actual != expected:
        diff = "".join(
            difflib.unified_diff(
                actual.splitlines(keepends=True), expected.splitlines(keepends=True), "typed.py", "generated", n=1
            )
        )
        pytest.fail(f"typed.py is stale: run `pulumi-langsmith codegen` (or `make codegen`)\n{diff[:4000]}")
