"""schema.json: generated from the resource specs, committed, valid against Pulumi's package meta-schema."""

from __future__ import annotations

import json
import re
import subprocess
from enum import Enum
from pathlib import Path
from typing import Any, Literal

import jsonschema
import pytest
from e2e_support import pulumi_binary
from pulumi_langsmith.cli import app
from pulumi_langsmith.config import CONFIG_KEYS
from pulumi_langsmith.framework import Conformance, Kind, OutputsModel, RestCollection, WorkspaceScopedInputs, field
from pulumi_langsmith.framework.summary import summarize
from pulumi_langsmith.resources import ALL_PROVIDERS
from pulumi_langsmith.schema import build_schema, schema_json, token
from pydantic import BaseModel, ConfigDict, Field
from typer.testing import CliRunner

REPO = Path(__file__).resolve().parent.parent
METASCHEMA = Path(__file__).resolve().parent / "data" / "pulumi-package-metaschema.json"


def metaschema_validator() -> jsonschema.Draft202012Validator:
    # The meta-schema's semver pattern uses ECMAScript named groups `(?<name>…)`; Python's `re` spells them
    # `(?P<name>…)`. Only that spelling changes; the file stays verbatim.
    text = re.sub(r"\(\?<(?=[A-Za-z])", "(?P<", METASCHEMA.read_text())
    return jsonschema.Draft202012Validator(json.loads(text))


class Tier(str, Enum):
    """How hot a gadget runs."""

    LOW = "low"
    HIGH = "high"


class Knob(BaseModel):
    """A nested setting."""

    model_config = ConfigDict(extra="forbid")
    label: str = Field(description="What the knob says.")
    level: int | None = None
    mode: Literal["auto", "manual"] = "auto"


class GadgetInputs(WorkspaceScopedInputs):
    name: str = field(replace=True, description="Gadget name.")
    tier: Tier = Field(default=Tier.LOW, description="Tier.")
    knobs: list[Knob] | None = Field(default=None, description="Knobs.")
    main_knob: Knob | None = None
    labels: dict[str, str] | None = Field(default=None, description="Labels.")
    token_value: str | None = field(None, secret=True, description="A credential.")
    size: int | str | None = Field(default=None, description="Either.")


class GadgetOutputs(OutputsModel):
    created_at: str | None = field(None, description="When.")
    api_secret: str | None = field(None, secret=True, description="Key.")


GADGET = Kind(
    name="Gadget",
    description="A test kind.",
    inputs=GadgetInputs,
    outputs=GadgetOutputs,
    api=RestCollection("/gadgets"),
    conformance=Conformance(example={"name": "g"}, update={}, replace=None, invalid=()),
)


class GadgetProvider:
    kind = GADGET


def gadget_schema() -> dict[str, Any]:
    return build_schema([summarize(GadgetProvider)])


def test_committed_schema_json_matches_the_generated_one():
    committed = REPO / "schema.json"
    assert committed.exists(), "schema.json is missing: run `pulumi-langsmith schema > schema.json`"
    assert committed.read_text() == schema_json(), "schema.json is stale: run `pulumi-langsmith schema > schema.json`"


def test_generated_schema_is_valid_against_the_pulumi_metaschema():
    errors = sorted(metaschema_validator().iter_errors(build_schema()), key=lambda e: e.json_path)
    assert not errors, "\n".join(f"{e.json_path}: {e.message}" for e in errors[:10])


def test_metaschema_check_catches_a_malformed_schema():
    schema = build_schema()
    schema["resources"][token("Dataset")]["inputProperties"]["name"] = {"type": "text"}
    assert list(metaschema_validator().iter_errors(schema))


def test_every_kind_is_a_resource_with_its_inputs_and_outputs():
    schema = build_schema()
    for provider in ALL_PROVIDERS:
        spec = summarize(provider)
        resource = schema["resources"][token(spec.name)]
        assert set(resource["inputProperties"]) == set(spec.inputs.model_fields)
        assert set(resource["properties"]) == set(spec.inputs.model_fields) | {o.name for o in spec.outputs}
        required = [n for n, f in spec.inputs.model_fields.items() if f.is_required()]
        assert sorted(resource.get("requiredInputs", [])) == sorted(required)
        for name in spec.replace_on_change:
            assert resource["inputProperties"][name]["replaceOnChanges"] is True
        for name in spec.secret_fields:
            assert resource["properties"][name]["secret"] is True
            if name in resource["inputProperties"]:
                assert resource["inputProperties"][name]["secret"] is True


def test_dataset_data_type_is_an_enum_type_and_replaces():
    schema = build_schema()
    data_type = schema["resources"][token("Dataset")]["inputProperties"]["data_type"]
    assert data_type["$ref"] == "#/types/langsmith:index:DataType" and data_type["replaceOnChanges"]
    assert data_type["default"] == "kv"
    assert [e["value"] for e in schema["types"]["langsmith:index:DataType"]["enum"]] == ["kv", "llm", "chat"]


def test_config_variables_mark_secrets_and_environment_fallbacks():
    variables = build_schema()["config"]["variables"]
    assert set(variables) == {k.name for k in CONFIG_KEYS}
    assert variables["apiKey"]["secret"] is True and variables["scimToken"]["secret"] is True
    assert "secret" not in variables["endpoint"]
    assert variables["apiKey"]["defaultInfo"]["environment"] == ["LANGSMITH_API_KEY"]
    assert variables["timeoutSeconds"]["type"] == "number" and variables["maxRetries"]["type"] == "integer"


def test_a_new_kind_gets_enums_nested_types_maps_unions_secrets_and_replacements():
    schema = gadget_schema()
    assert not list(metaschema_validator().iter_errors(schema))
    gadget = schema["resources"][token("Gadget")]
    inputs = gadget["inputProperties"]
    assert gadget["requiredInputs"] == ["name"]
    assert inputs["name"] == {"type": "string", "description": "Gadget name.", "replaceOnChanges": True}
    assert inputs["tier"]["$ref"] == "#/types/langsmith:index:Tier"
    assert schema["types"]["langsmith:index:Tier"]["description"] == "How hot a gadget runs."
    assert inputs["knobs"]["items"] == {"$ref": "#/types/langsmith:index:Knob"}
    assert inputs["main_knob"] == {"$ref": "#/types/langsmith:index:Knob", "description": "A nested setting."}
    knob = schema["types"]["langsmith:index:Knob"]
    assert knob["required"] == ["label"] and knob["properties"]["level"] == {"type": "integer"}
    assert knob["properties"]["mode"]["$ref"] == "#/types/langsmith:index:KnobMode"
    assert inputs["labels"]["additionalProperties"] == {"type": "string"}
    assert inputs["token_value"]["secret"] is True and gadget["properties"]["token_value"]["secret"] is True
    assert gadget["properties"]["api_secret"]["secret"] is True
    assert [o["type"] for o in inputs["size"]["oneOf"]] == ["integer", "string"]
    assert "default" not in gadget["properties"]["tier"]


def test_schema_command_prints_the_schema():
    result = CliRunner().invoke(app, ["schema"])
    assert result.exit_code == 0
    assert result.stdout == schema_json()


@pytest.mark.e2e
def test_pulumi_cli_loads_and_binds_the_schema(tmp_path):
    binary = pulumi_binary()
    if binary is None:
        pytest.skip("no Pulumi CLI: run `make test` (it builds one with scripts/pulumi-cli)")
    path = tmp_path / "schema.json"
    path.write_text(schema_json())
    env = {
        "PULUMI_HOME": str(tmp_path / "home"),
        "PULUMI_SKIP_UPDATE_CHECK": "true",
        "PATH": str(Path(binary).parent),
        "PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION": "true",
    }
    result = subprocess.run(
        [binary, "package", "get-schema", str(path)], capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120
    )
    assert result.returncode == 0, result.stderr
    bound = json.loads(result.stdout)
    assert set(bound["resources"]) == set(build_schema()["resources"])

    broken = build_schema()
    broken["resources"][token("Dataset")]["inputProperties"]["data_type"]["$ref"] = "#/types/langsmith:index:Nope"
    path.write_text(json.dumps(broken))
    result = subprocess.run(
        [binary, "package", "get-schema", str(path)], capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120
    )
    assert result.returncode != 0, "the CLI must reject a schema referring to an undefined type"
