"""Every `pulumi up` imports this package twice (the Pulumi program and the dynamic-provider host), so a
program that declares one kind must not pay for the others, the lookups or the SCIM models.
`make bench` measures the effect; these tests keep the property."""

from __future__ import annotations

import json
import subprocess
import sys

PROBE = """
import json, sys
import pulumi_langsmith as langsmith
langsmith.Dataset, langsmith.DatasetProvider.kind
print(json.dumps(sorted(sys.modules)))
"""


def modules_loaded_by(code: str) -> set[str]:
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
    return set(json.loads(out))


def test_declaring_a_dataset_loads_neither_other_kinds_nor_lookups_nor_scim_models():
    loaded = modules_loaded_by(PROBE)
    assert "pulumi_langsmith.resources.dataset" in loaded
    assert "pulumi_langsmith.typed" in loaded
    assert "pulumi_langsmith.resources.run_rule" not in loaded
    assert "pulumi_langsmith.resources.scim_user" not in loaded
    assert "pulumi_langsmith.lookups" not in loaded
    assert not {m for m in loaded if m.split(".")[0] == "scim2_models"}


def test_lookups_and_every_typed_class_still_resolve_from_the_package():
    import pulumi_langsmith
    from pulumi_langsmith import lookups, typed

    assert pulumi_langsmith.get_dataset is lookups.get_dataset
    for name in typed.__all__:
        assert getattr(pulumi_langsmith, name) is getattr(typed, name)
    for provider in typed.ALL_PROVIDERS:
        assert provider.kind.name == provider.__name__.removesuffix("Provider")
