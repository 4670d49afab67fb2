"""README reference sections generated from the same sources as `schema.json` and the policy pack.

`pulumi-langsmith docs` rewrites the README between the markers below; `--check` fails when it is stale.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any, Final

from .framework.summary import KindSummary, summarize
from .schema import ANY_REF, build_schema, token

SECTIONS: Final = ("CONFIG REFERENCE", "RESOURCE REFERENCE", "POLICY REFERENCE")


class MissingMarkersError(ValueError):
    """The README lacks a generated section's BEGIN/END markers."""


def _cell(text: Any) -> str:
    """Text safe inside a Markdown table cell."""
    return " ".join(str(text).split()).replace("|", "\\|")


def _short(ref: str) -> str:
    return ref.rsplit(":", 1)[-1]


def type_label(prop: Mapping[str, Any], types: Mapping[str, Any]) -> str:
    """A readable type of a schema property: `string`, `list of string`, `map of any`, `DataType` (`kv` | …)."""
    ref = prop.get("$ref")
    if ref == ANY_REF:
        return "any"
    if ref:
        name = ref.removeprefix("#/types/")
        definition = types.get(name, {})
        if "enum" in definition:
            values = " \\| ".join(f"`{v['value']}`" for v in definition["enum"])
            return f"{_short(name)} ({values})"
        return f"[{_short(name)}](#type-{_short(name).lower()})"
    if "oneOf" in prop:
        return " or ".join(type_label(option, types) for option in prop["oneOf"])
    kind = prop.get("type", "any")
    if kind == "array":
        return "list of " + type_label(prop.get("items", {"$ref": ANY_REF}), types)
    if kind == "object":
        return "map of " + type_label(prop.get("additionalProperties", {"type": "string"}), types)
    return str(kind)


def _notes(name: str, prop: Mapping[str, Any], required: Iterable[str]) -> str:
    notes = []
    if name in required:
        notes.append("**required**")
    if "default" in prop:
        notes.append(f"default `{json.dumps(prop['default'])}`")
    if prop.get("secret"):
        notes.append("secret")
    if prop.get("replaceOnChanges"):
        notes.append("replaces on change")
    return ", ".join(notes)


def render_config_reference(schema: Mapping[str, Any]) -> str:
    lines = [
        "| key | environment | type | meaning |",
        "|---|---|---|---|",
    ]
    for name, variable in schema["config"]["variables"].items():
        env = ", ".join(f"`{e}`" for e in variable.get("defaultInfo", {}).get("environment", [])) or "—"
        secret = " (secret)" if variable.get("secret") else ""
        lines.append(f"| `{name}`{secret} | {env} | {variable['type']} | {_cell(variable.get('description', ''))} |")
    return "\n".join(lines)


def render_resource_reference(schema: Mapping[str, Any], specs: Iterable[KindSummary]) -> str:
    types = schema.get("types", {})
    by_kind = sorted(specs, key=lambda s: s.name)
    out = [
        "| kind | type token | API | scope | natural key | replaced when |",
        "|---|---|---|---|---|---|",
    ]
    for spec in by_kind:
        replaced = ", ".join(f"`{f}`" for f in sorted(spec.replace_on_change)) or "—"
        key = ", ".join(f"`{k}`" for k in spec.natural_key) or "—"
        out.append(
            f"| [`{spec.name}`](#{spec.name.lower()}) | `pulumi-python:dynamic/langsmith:{spec.name}` | "
            f"`{spec.path}` | {spec.scope} | {key} | {replaced} |"
        )
    for spec in by_kind:
        resource = schema["resources"][token(spec.name)]
        required = resource.get("requiredInputs", [])
        out += ["", f"### {spec.name}", "", _cell(spec.description), ""]
        out += ["| input | type | notes | description |", "|---|---|---|---|"]
        for name, prop in resource["inputProperties"].items():
            out.append(
                f"| `{name}` | {type_label(prop, types)} | {_notes(name, prop, required)} | "
                f"{_cell(prop.get('description', ''))} |"
            )
        computed = {k: v for k, v in resource["properties"].items() if k not in resource["inputProperties"]}
        if computed:
            out += ["", "| output | type | description |", "|---|---|---|"]
            for name, prop in computed.items():
                secret = " (secret)" if prop.get("secret") else ""
                out.append(f"| `{name}`{secret} | {type_label(prop, types)} | {_cell(prop.get('description', ''))} |")
    objects = {name: t for name, t in types.items() if t.get("type") == "object"}
    if objects:
        out += ["", "### Types"]
        for name, definition in objects.items():
            short = _short(name)
            out += [
                "",
                f'<a id="type-{short.lower()}"></a>**{short}**'
                + (f" — {_cell(definition['description'])}" if definition.get("description") else ""),
                "",
            ]
            out += ["| field | type | notes | description |", "|---|---|---|---|"]
            required = definition.get("required", [])
            for field, prop in definition.get("properties", {}).items():
                out.append(
                    f"| `{field}` | {type_label(prop, types)} | {_notes(field, prop, required)} | "
                    f"{_cell(prop.get('description', ''))} |"
                )
    return "\n".join(out)


def _config_summary(schema: Any) -> str:
    properties = getattr(schema, "properties", None) or {}
    if not properties:
        return "—"
    parts = []
    for name, prop in properties.items():
        default = f" = `{json.dumps(prop['default'])}`" if "default" in prop else ""
        parts.append(f"`{name}` ({prop.get('type', 'any')}){default}: {_cell(prop.get('description', ''))}")
    return "<br>".join(parts)


def render_policy_reference() -> str:
    from .policies import POLICIES

    lines = ["| policy | default level | rule | config |", "|---|---|---|---|"]
    for policy in POLICIES:
        level = policy.enforcement_level.value if policy.enforcement_level else "advisory"
        lines.append(
            f"| `{policy.name}` | {level} | {_cell(policy.description)} | {_config_summary(policy.config_schema)} |"
        )
    return "\n".join(lines)


def generated_sections(specs: Iterable[KindSummary] | None = None) -> dict[str, str]:
    """Each generated README section's body, by marker name."""
    if specs is None:
        from .resources import ALL_PROVIDERS

        specs = [summarize(provider) for provider in ALL_PROVIDERS]
    specs = list(specs)
    schema = build_schema(specs)
    return {
        "CONFIG REFERENCE": render_config_reference(schema),
        "RESOURCE REFERENCE": render_resource_reference(schema, specs),
        "POLICY REFERENCE": render_policy_reference(),
    }


def update_readme(text: str, sections: Mapping[str, str] | None = None) -> str:
    """The README text with every generated section replaced between its BEGIN/END markers."""
    sections = generated_sections() if sections is None else sections
    for name, body in sections.items():
        begin, end = f"<!-- BEGIN {name} -->", f"<!-- END {name} -->"
        start, stop = text.find(begin), text.find(end)
        if start < 0 or stop < start:
            raise MissingMarkersError(f"README has no `{begin}` … `{end}` section")
        text = text[: start + len(begin)] + "\n" + body + "\n" + text[stop:]
    return text
