"""The docs site's generated pages come from the kind registry, the config keys and the policies: every kind
has a page with its example, inputs, outputs, replacement, secrets, adoption and policies."""

from __future__ import annotations

from pathlib import Path

import pytest
from pulumi_langsmith.cli import app
from pulumi_langsmith.config import CONFIG_KEYS
from pulumi_langsmith.docs import (
    MissingMarkersError,
    example_snippet,
    fill_markers,
    generated_sections,
    kind_page_path,
    python_literal,
    site_pages,
    type_label,
    update_readme,
)
from pulumi_langsmith.framework.registry import all_kinds, kind_named
from pulumi_langsmith.policies import POLICIES
from typer.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def pages():
    return site_pages()


def test_every_registered_kind_has_a_page_listed_in_the_index(pages):
    index = pages["reference/index.md"][1]
    for kind in all_kinds():
        title, page = pages[kind_page_path(kind.name)]
        assert title == kind.name and page.startswith(f"# {kind.name}\n")
        assert f"]({kind.name.lower()}.md)" in index


@pytest.mark.parametrize("kind", all_kinds(), ids=lambda k: k.name)
def test_kind_page_documents_example_inputs_outputs_replacement_secrets_and_adoption(pages, kind):
    page = pages[kind_page_path(kind.name)][1]
    assert example_snippet(kind) in page
    for name in kind.inputs.model_fields:
        assert f"| `{name}` |" in page
    for name in kind.output_names:
        assert f"| `{name}`" in page
    for section in ("## Example", "## Inputs", "## What replaces", "## Secrets", "## Adoption"):
        assert section in page
    for name in kind.replace_fields | kind.secret_fields | set(kind.natural_key):
        assert f"`{name}`" in page.split("## What replaces", 1)[1]
    if kind.natural_key:
        assert "adopt_existing=True" in page


def test_policies_and_lookups_appear_on_the_pages_of_their_kinds(pages):
    assert "langsmith-credentials-expire" in pages[kind_page_path("ServiceKey")][1]
    assert "langsmith-prod-deployment-min-replicas" in pages[kind_page_path("Deployment")][1]
    assert "langsmith-prod-deployment-min-replicas" not in pages[kind_page_path("Dataset")][1]
    assert "langsmith.get_github_integration(...)" in pages[kind_page_path("Deployment")][1]


def test_example_snippet_is_valid_python_in_house_style():
    source = example_snippet(kind_named("Deployment"))
    compile(source, "<example>", "exec")
    assert "'" not in source  # double quotes, as ruff format writes them
    assert python_literal({"a": [1, True, None]}) == '{"a": [1, True, None]}'


def test_config_and_policy_sections_document_every_key_and_policy():
    sections = generated_sections()
    for key in CONFIG_KEYS:
        assert f"`{key.name}`" in sections["CONFIG REFERENCE"]
    assert "| `apiKey` (secret) |" in sections["CONFIG REFERENCE"]
    for policy in POLICIES:
        assert f"`{policy.name}`" in sections["POLICY REFERENCE"]
        for option in policy.config_schema.properties if policy.config_schema else {}:
            assert f"`{option}`" in sections["POLICY REFERENCE"]


def test_hand_written_pages_have_their_markers_filled():
    for page, section in (("configuration.md", "CONFIG REFERENCE"), ("policy.md", "POLICY REFERENCE")):
        text = (ROOT / "docs" / page).read_text()
        assert f"<!-- BEGIN {section} -->" in text
        assert generated_sections()[section] in fill_markers(text)
    assert "0." in fill_markers("<!-- BEGIN VERSION -->\n<!-- END VERSION -->")
    assert fill_markers("no markers") == "no markers"


def test_type_labels_read_naturally():
    types = {"langsmith:index:Knob": {"type": "object", "properties": {}}}
    assert type_label({"type": "array", "items": {"type": "string"}}, types) == "list of string"
    assert type_label({"type": "object", "additionalProperties": {"$ref": "pulumi.json#/Any"}}, types) == "map of any"
    assert type_label({"$ref": "#/types/langsmith:index:Knob"}, types) == "[Knob](#type-knob)"
    assert type_label({"oneOf": [{"type": "integer"}, {"type": "string"}]}, types) == "integer or string"


def test_update_refuses_text_without_markers():
    with pytest.raises(MissingMarkersError, match="RESOURCE REFERENCE"):
        update_readme("# no markers\n", {"RESOURCE REFERENCE": "x"})


def test_update_replaces_only_between_markers():
    text = "intro\n<!-- BEGIN CONFIG REFERENCE -->\nold\n<!-- END CONFIG REFERENCE -->\noutro\n"
    assert update_readme(text, {"CONFIG REFERENCE": "new"}) == (
        "intro\n<!-- BEGIN CONFIG REFERENCE -->\nnew\n<!-- END CONFIG REFERENCE -->\noutro\n"
    )


def test_docs_command_writes_the_generated_pages(tmp_path):
    result = CliRunner().invoke(app, ["docs", "--output", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "reference" / "dataset.md").read_text().startswith("# Dataset")
