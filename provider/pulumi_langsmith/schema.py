"""The Pulumi package schema (package `langsmith`) of every resource kind, generated from the kinds' declarations.

`build_schema()` reads each kind's summary (its pydantic input model, outputs, secret and
replace-on-change fields) and the provider config keys; `pulumi-langsmith schema > schema.json` writes it.
Property names are those the provider really uses (snake_case inputs, camelCase config keys).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from typing import Any, Final

from ._version import __version__
from .config import CONFIG_KEYS
from .framework.summary import KindSummary, summarize

PACKAGE: Final = "langsmith"
MODULE: Final = "index"
ANY_REF: Final = "pulumi.json#/Any"
_PRIMITIVES: Final = {"string", "integer", "number", "boolean"}


def token(name: str) -> str:
    """`Dataset` → `langsmith:index:Dataset`."""
    return f"{PACKAGE}:{MODULE}:{name}"


def _pascal(name: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[^A-Za-z0-9]+", name) if part)


def _drop_null(options: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [o for o in options if o.get("type") != "null"]


class _TypeRegistry:
    """Named object and enum types shared by all kinds, keyed by token."""

    def __init__(self) -> None:
        self.types: dict[str, dict[str, Any]] = {}

    def register(self, preferred: str, fallback_prefix: str, definition: dict[str, Any]) -> str:
        """Register a type under `preferred` (or `<fallback_prefix><preferred>` on a clash); its token."""
        for name in (preferred, fallback_prefix + preferred):
            tok = token(name)
            existing = self.types.get(tok)
            if existing is None or existing == definition:
                self.types[tok] = definition
                return tok
        raise ValueError(f"schema type name {preferred!r} is defined twice with different shapes")


class _Converter:
    """Turns one kind's pydantic JSON Schema into Pulumi type specs."""

    def __init__(self, registry: _TypeRegistry, kind: str, json_schema: Mapping[str, Any]) -> None:
        self.registry = registry
        self.kind = kind
        self.defs: Mapping[str, Any] = json_schema.get("$defs", {})
        self.def_tokens: dict[str, str] = {}

    def enum_type(self, name: str, node: Mapping[str, Any]) -> dict[str, Any]:
        values = node["enum"] if "enum" in node else [node["const"]]
        primitive = node.get("type") if node.get("type") in _PRIMITIVES else _primitive_of(values[0])
        definition: dict[str, Any] = {"type": primitive, "enum": [{"value": v} for v in values]}
        if node.get("description"):
            definition["description"] = node["description"]
        return {"$ref": "#/types/" + self.registry.register(name, self.kind, definition)}

    def ref(self, def_name: str) -> dict[str, Any]:
        if def_name not in self.def_tokens:
            node = self.defs[def_name]
            if "enum" in node or "const" in node:
                ref = self.enum_type(def_name, node)
            elif node.get("type") == "object" and "properties" in node:
                properties, required = self.object_properties(node, def_name)
                definition: dict[str, Any] = {"type": "object", "properties": properties}
                if required:
                    definition["required"] = required
                if node.get("description"):
                    definition["description"] = node["description"]
                ref = {"$ref": "#/types/" + self.registry.register(def_name, self.kind, definition)}
            else:
                return self.type_of(node, def_name)
            self.def_tokens[def_name] = ref["$ref"]
        return {"$ref": self.def_tokens[def_name]}

    def object_properties(self, node: Mapping[str, Any], owner: str) -> tuple[dict[str, Any], list[str]]:
        properties = {
            name: self.property(prop, owner + _pascal(name)) for name, prop in node.get("properties", {}).items()
        }
        return properties, sorted(node.get("required", []))

    def property(self, node: Mapping[str, Any], type_name: str) -> dict[str, Any]:
        spec = self.type_of(node, type_name)
        description = node.get("description") or self.referenced_description(node)
        if description:
            spec["description"] = description
        return spec

    def referenced_description(self, node: Mapping[str, Any]) -> str | None:
        """The description of the model or enum a property refers to (itself or as its only non-null option)."""
        options = _drop_null(list(node.get("anyOf") or node.get("oneOf") or [])) or [dict(node)]
        if len(options) == 1 and "$ref" in options[0]:
            return self.defs.get(options[0]["$ref"].rsplit("/", 1)[-1], {}).get("description")
        return None

    def type_of(self, node: Mapping[str, Any], type_name: str) -> dict[str, Any]:
        """The Pulumi typeSpec of a JSON Schema node (named types for enums and nested models)."""
        if "$ref" in node:
            return self.ref(node["$ref"].rsplit("/", 1)[-1])
        if "anyOf" in node or "oneOf" in node:
            options = _drop_null(list(node.get("anyOf") or node.get("oneOf") or []))
            if len(options) == 1:
                return self.type_of(options[0], type_name)
            if not options:
                return {"$ref": ANY_REF}
            union: dict[str, Any] = {"oneOf": [self.type_of(o, f"{type_name}{i}") for i, o in enumerate(options)]}
            common = _common_type(options)
            if common:
                union["type"] = common
            return union
        if "enum" in node or "const" in node:
            return self.enum_type(type_name, node)
        kind = node.get("type")
        if isinstance(kind, list):
            non_null = [k for k in kind if k != "null"]
            kind = non_null[0] if len(non_null) == 1 else None
        if kind in _PRIMITIVES:
            return {"type": kind}
        if kind == "array":
            items = node.get("items")
            return {"type": "array", "items": self.type_of(items, type_name + "Item") if items else {"$ref": ANY_REF}}
        if kind == "object":
            if node.get("properties"):
                # An inline object shape (e.g. a TypedDict): give it a named type.
                properties, required = self.object_properties(node, type_name)
                definition: dict[str, Any] = {"type": "object", "properties": properties}
                if required:
                    definition["required"] = required
                return {"$ref": "#/types/" + self.registry.register(type_name, self.kind, definition)}
            extra = node.get("additionalProperties")
            if isinstance(extra, Mapping) and extra:
                return {"type": "object", "additionalProperties": self.type_of(extra, type_name + "Value")}
            return {"type": "object", "additionalProperties": {"$ref": ANY_REF}}
        return {"$ref": ANY_REF}


def _primitive_of(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    return "string"


def _common_type(options: list[dict[str, Any]]) -> str | None:
    """The underlying primitive of a union whose options all share one primitive type, else None."""
    kinds = {o.get("type") for o in options}
    return kinds.pop() if len(kinds) == 1 and not kinds & {None, "object", "array"} else None


def _default(node: Mapping[str, Any]) -> Any:
    value = node.get("default")
    return value if isinstance(value, (bool, int, float, str)) else None


def resource_spec(spec: KindSummary, registry: _TypeRegistry) -> dict[str, Any]:
    """The schema `resources` entry of one kind."""
    json_schema = spec.inputs.model_json_schema(by_alias=False)
    converter = _Converter(registry, spec.name, json_schema)
    nodes: Mapping[str, Any] = json_schema.get("properties", {})
    required_inputs = sorted(json_schema.get("required", []))

    inputs: dict[str, Any] = {}
    always_set: list[str] = list(required_inputs)
    for name, node in nodes.items():
        prop = converter.property(node, spec.name + _pascal(name))
        default = _default(node)
        if default is not None:
            prop["default"] = default
            always_set.append(name)
        if name in spec.secret_fields:
            prop["secret"] = True
        if name in spec.replace_on_change:
            prop["replaceOnChanges"] = True
        inputs[name] = prop

    properties: dict[str, Any] = {
        name: {k: v for k, v in prop.items() if k != "default"} for name, prop in inputs.items()
    }
    for output in spec.outputs:
        prop = converter.type_of({"type": output.type}, spec.name + _pascal(output.name))
        prop["description"] = output.description
        if output.secret or output.name in spec.secret_fields:
            prop["secret"] = True
        properties[output.name] = prop

    dynamic_token = f"pulumi-python:dynamic/langsmith:{spec.name}"
    entry: dict[str, Any] = {
        "description": f"{spec.description}\n\nManaged by the Python dynamic provider; type token `{dynamic_token}`.",
        "properties": properties,
        "inputProperties": inputs,
    }
    if always_set:
        entry["required"] = sorted(set(always_set))
    if required_inputs:
        entry["requiredInputs"] = required_inputs
    return entry


def config_variables() -> dict[str, Any]:
    """Provider config variables (`langsmith:<key>`), secret keys marked, with their environment fallbacks."""
    variables: dict[str, Any] = {}
    for key in CONFIG_KEYS:
        variable: dict[str, Any] = {"type": key.type, "description": key.description}
        if key.env:
            variable["defaultInfo"] = {"environment": list(key.env)}
        if key.secret:
            variable["secret"] = True
        variables[key.name] = variable
    return variables


def build_schema(specs: Iterable[KindSummary] | None = None) -> dict[str, Any]:
    """The Pulumi package schema of the given kinds (default: every kind the provider has)."""
    if specs is None:
        from .resources import ALL_PROVIDERS

        specs = [summarize(provider) for provider in ALL_PROVIDERS]
    registry = _TypeRegistry()
    resources = {token(spec.name): resource_spec(spec, registry) for spec in sorted(specs, key=lambda s: s.name)}
    variables = config_variables()
    return {
        "name": PACKAGE,
        "displayName": "LangSmith",
        "version": __version__,
        "description": "Manage the LangSmith platform (workspaces, datasets, projects, deployments, access) as code.",
        "keywords": ["pulumi", "langsmith", "langchain", "category/utility", "kind/native"],
        "homepage": "https://smith.langchain.com",
        "license": "Apache-2.0",
        "publisher": "pulumi-langsmith",
        "config": {"variables": variables},
        "provider": {
            "description": "The LangSmith provider: stack config `langsmith:*` "
            "(environment fallbacks in `defaultInfo`).",
            "inputProperties": variables,
            "properties": variables,
        },
        "types": dict(sorted(registry.types.items())),
        "resources": resources,
        "language": {"python": {"packageName": "pulumi_langsmith"}},
    }


def schema_json(specs: Iterable[KindSummary] | None = None) -> str:
    """`build_schema()` as the text of `schema.json` (stable key order, trailing newline)."""
    return json.dumps(build_schema(specs), indent=2, ensure_ascii=False) + "\n"
