"""README reference sections are generated from the specs, the config keys and the policies."""

from __future__ import annotations

from pathlib import Path

import pytest
from pulumi_langsmith.cli import app
from pulumi_langsmith.config import CONFIG_KEYS
from pulumi_langsmith.docs import SECTIONS, MissingMarkersError, generated_sections, type_label, update_readme
from pulumi_langsmith.framework.summary import summarize
from pulumi_langsmith.policies import POLICIES
from pulumi_langsmith.resources import ALL_PROVIDERS
from typer.testing import CliRunner

README = Path(__file__).resolve().parent.parent / "README.md"


def test_committed_readme_reference_sections_are_up_to_date():
    text = README.read_text()
    assert update_readme(text) == text, "README reference sections are stale: run `pulumi-langsmith docs`"


def test_reference_documents_every_kind_input_config_key_and_policy():
    sections = generated_sections()
    for provider in ALL_PROVIDERS:
        spec = summarize(provider)
        assert f"### {spec.name}" in sections["RESOURCE REFERENCE"]
        for name in spec.inputs.model_fields:
            assert f"| `{name}` |" in sections["RESOURCE REFERENCE"]
    for key in CONFIG_KEYS:
        assert f"`{key.name}`" in sections["CONFIG REFERENCE"]
    for policy in POLICIES:
        assert f"`{policy.name}`" in sections["POLICY REFERENCE"]
        for option in policy.config_schema.properties if policy.config_schema else {}:
            assert f"`{option}`" in sections["POLICY REFERENCE"]


def test_secret_and_replacing_inputs_are_flagged():
    reference = generated_sections()["RESOURCE REFERENCE"]
    assert '| `data_type` | DataType (`kv` \\| `llm` \\| `chat`) | default `"kv"`, replaces on change |' in reference
    assert "| `apiKey` (secret) |" in generated_sections()["CONFIG REFERENCE"]


def test_type_labels_read_naturally():
    types = {"langsmith:index:Knob": {"type": "object", "properties": {}}}
    assert type_label({"type": "array", "items": {"type": "string"}}, types) == "list of string"
    assert type_label({"type": "object", "additionalProperties": {"$ref": "pulumi.json#/Any"}}, types) == "map of any"
    assert type_label({"$ref": "#/types/langsmith:index:Knob"}, types) == "[Knob](#type-knob)"
    assert type_label({"oneOf": [{"type": "integer"}, {"type": "string"}]}, types) == "integer or string"


def test_update_readme_refuses_a_readme_without_markers():
    with pytest.raises(MissingMarkersError, match="RESOURCE REFERENCE"):
        update_readme("# no markers\n", {"RESOURCE REFERENCE": "x"})


def test_update_readme_replaces_only_between_markers():
    text = "intro\n<!-- BEGIN CONFIG REFERENCE -->\nold\n<!-- END CONFIG REFERENCE -->\noutro\n"
    assert update_readme(text, {"CONFIG REFERENCE": "new"}) == (
        "intro\n<!-- BEGIN CONFIG REFERENCE -->\nnew\n<!-- END CONFIG REFERENCE -->\noutro\n"
    )


def test_docs_command_rewrites_and_checks(tmp_path):
    readme = tmp_path / "README.md"
    readme.write_text("".join(f"<!-- BEGIN {s} -->\nstale\n<!-- END {s} -->\n" for s in SECTIONS))
    runner = CliRunner()
    assert runner.invoke(app, ["docs", "--readme", str(readme), "--check"]).exit_code == 1
    assert runner.invoke(app, ["docs", "--readme", str(readme)]).exit_code == 0
    assert "stale" not in readme.read_text()
    assert runner.invoke(app, ["docs", "--readme", str(readme), "--check"]).exit_code == 0
