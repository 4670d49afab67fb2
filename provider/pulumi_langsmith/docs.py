"""The generated documentation: the docs site's per-kind reference pages, its index and types page, and the
config, policy and version sections filled between `<!-- BEGIN X -->` / `<!-- END X -->` markers of the
hand-written pages. Generated from the kind registry, `schema.json`'s builder and the policy pack, at site
build time (scripts/mkdocs_hooks.py), so a new kind gets its page without any edit.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any, Final

from .framework.kind import Kind
from .framework.summary import KindSummary, summarize
from .schema import ANY_REF, build_schema, token

SECTIONS: Final = ("CONFIG REFERENCE", "RESOURCE REFERENCE", "POLICY REFERENCE")


class MissingMarkersError(ValueError):
    """A page lacks a generated section's BEGIN/END markers."""


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
    """`text` with every given section replaced between its BEGIN/END markers (all of them must be there)."""
    sections = generated_sections() if sections is None else sections
    for name, body in sections.items():
        begin, end = f"<!-- BEGIN {name} -->", f"<!-- END {name} -->"
        start, stop = text.find(begin), text.find(end)
        if start < 0 or stop < start:
            raise MissingMarkersError(f"no `{begin}` … `{end}` section")
        text = text[: start + len(begin)] + "\n" + body + "\n" + text[stop:]
    return text


# -- the documentation site ---------------------------------------------------------------------------

REFERENCE_SECTION: Final = "Resource reference"
"""The nav section of mkdocs.yml that the generated kind pages fill (scripts/mkdocs_hooks.py)."""


def kind_page_path(name: str) -> str:
    return f"reference/{name.lower()}.md"


def _variable(name: str) -> str:
    """`PersonalAccessToken` -> `personal_access_token`."""
    return "".join(f"_{c.lower()}" if c.isupper() and i else c.lower() for i, c in enumerate(name))


def python_literal(value: Any, indent: int = 4, width: int = 100) -> str:
    """`value` as Python source in the house style: double quotes, one item per line when it is too long."""
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, bool) or value is None or isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, Mapping):
        items = [f"{json.dumps(str(k))}: {python_literal(v, indent + 4, width)}" for k, v in value.items()]
        opening, closing = "{", "}"
    elif isinstance(value, (list, tuple)):
        items = [python_literal(v, indent + 4, width) for v in value]
        opening, closing = "[", "]"
    else:
        return repr(value)
    one_line = opening + ", ".join(items) + closing
    if len(one_line) + indent <= width and "\n" not in one_line:
        return one_line
    pad = " " * (indent + 4)
    return opening + "\n" + "".join(f"{pad}{item},\n" for item in items) + " " * indent + closing


SETUP_PRELUDES: Final[dict[str, tuple[str, dict[str, str]]]] = {
    "project": (
        'project = langsmith.Project("example-project", name="example-project")',
        {"session_id": "project.id"},
    ),
    "dataset": (
        'dataset = langsmith.Dataset("example-dataset", name="example-dataset")',
        {"dataset_id": "dataset.id"},
    ),
    "dataset_and_examples_file": (
        "import json, pathlib, tempfile\n\n"
        'dataset = langsmith.Dataset("example-dataset", name="example-dataset")\n'
        "# One JSON object per line: a stable id, inputs, and optionally outputs and metadata.\n"
        'golden = pathlib.Path(tempfile.mkdtemp()) / "golden.jsonl"\n'
        'golden.write_text(json.dumps({"id": "q1", "inputs": {"question": "2 + 2?"}, "outputs": {"answer": "4"}}) + "\\n")',
        {"dataset_id": "dataset.id", "path": "str(golden)"},
    ),
    "dataset_with_examples": (
        'dataset = langsmith.Dataset("example-dataset", name="example-dataset")\n'
        'first = langsmith.Example("first", dataset_id=dataset.id, inputs={"question": "What is 2 + 2?"})\n'
        'second = langsmith.Example("second", dataset_id=dataset.id, inputs={"question": "What is 3 + 3?"})',
        {"dataset_id": "dataset.id", "example_ids": "[first.id, second.id]"},
    ),
    "annotation_queue_and_workspace_member": (
        'queue = langsmith.AnnotationQueue("example-queue", name="example-queue")\n'
        'member = langsmith.WorkspaceMember("example-member", email="reviewer@example.com", role="WORKSPACE_USER")',
        {"queue_id": "queue.id", "identity_id": "member.id"},
    ),
    "prompt_with_two_commits": (
        "prompt = langsmith.Prompt(\n"
        '    "example-prompt", repo_handle="example-prompt", template={"template": "Tell a joke about {topic}"}\n'
        ")",
        {"repo_handle": "prompt.repo_handle"},
    ),
    "prompt_and_org_member": (
        "prompt = langsmith.Prompt(\n"
        '    "example-prompt", repo_handle="example-prompt", template={"template": "Tell a joke about {topic}"}\n'
        ")",
        {"repo_handle": "prompt.repo_handle"},
    ),
    "export_destination_and_project": (
        "destination = langsmith.BulkExportDestination(\n"
        '    "example-destination",\n'
        '    display_name="example-exports",\n'
        "    config={\n"
        '        "bucket_name": "example-exports",\n'
        '        "aws_role_arn": "arn:aws:iam::123456789012:role/langsmith-exports",\n'
        '        "s3_additional_kwargs": {"ServerSideEncryption": "aws:kms"},\n'
        "    },\n"
        ")\n"
        'project = langsmith.Project("example-project", name="example-project")',
        {"bulk_export_destination_id": "destination.id", "session_id": "project.id"},
    ),
}
"""For a kind whose conformance setup creates an object its example refers to: the program lines that create
it, and the example inputs that take its outputs (Python expressions)."""


def example_snippet(kind: Kind[Any]) -> str:
    """The kind's `Conformance.example` as a program using the typed class (the docs' example)."""
    var = _variable(kind.name)
    prelude, references = SETUP_PRELUDES.get(kind.conformance.setup or "", ("", {}))
    lines = ["import pulumi", "import pulumi_langsmith as langsmith", ""]
    if prelude:
        lines += [prelude]
    lines += [f"{var} = langsmith.{kind.name}(", '    "example",']
    for name, value in kind.conformance.example.items():
        if name not in references:
            lines.append(f"    {name}={python_literal(value, indent=4)},")
    lines += [f"    {name}={expression}," for name, expression in references.items()]
    lines += [")", f'pulumi.export("{var}_id", {var}.id)']
    return "\n".join(lines) + "\n"


def _kind_inputs_table(resource: Mapping[str, Any], types: Mapping[str, Any]) -> list[str]:
    required = resource.get("requiredInputs", [])
    out = ["| input | type | notes | description |", "|---|---|---|---|"]
    for name, prop in resource["inputProperties"].items():
        out.append(
            f"| `{name}` | {_site_type(prop, types)} | {_notes(name, prop, required)} | "
            f"{_cell(prop.get('description', ''))} |"
        )
    return out


def _site_type(prop: Mapping[str, Any], types: Mapping[str, Any]) -> str:
    """`type_label`, with links to nested types pointing at the types page."""
    return type_label(prop, types).replace("](#type-", "](types.md#type-")


def render_kind_page(kind: Kind[Any], schema: Mapping[str, Any]) -> str:
    """One kind's reference page: example, inputs and outputs, replacement, secrets, adoption, lookups, policies."""
    from .policies import POLICIES, policy_kinds

    types = schema.get("types", {})
    resource = schema["resources"][token(kind.name)]
    api = kind.api
    path = str(getattr(api, "collection", None) or getattr(api, "path", ""))
    out = [f"# {kind.name}", "", _cell(kind.description), ""]
    out += [
        f"Type token `{kind.type_token}` · API `{path}` · scope: {kind.scope}",
        "",
    ]
    if kind.docs:
        out += [kind.docs.strip(), ""]
    out += ["## Example", "", "```python", example_snippet(kind).rstrip(), "```", ""]
    if kind.conformance.setup:
        out += [
            SETUP_NOTES.get(kind.conformance.setup, "This kind needs more than an API key: see the notes above."),
            "",
        ]
    out += ["## Inputs", "", *_kind_inputs_table(resource, types), ""]
    computed = {k: v for k, v in resource["properties"].items() if k not in resource["inputProperties"]}
    if computed:
        out += ["## Outputs", "", "| output | type | description |", "|---|---|---|"]
        for name, prop in computed.items():
            secret = " (secret)" if prop.get("secret") else ""
            out.append(f"| `{name}`{secret} | {_site_type(prop, types)} | {_cell(prop.get('description', ''))} |")
        out.append("")
    out += ["## What replaces", ""]
    if kind.replace_fields:
        fields = ", ".join(f"`{f}`" for f in sorted(kind.replace_fields))
        order = (
            "the old object is deleted first, then the new one created"
            if kind.delete_before_replace
            else "the new object is created first, then the old one deleted (no gap, e.g. for key rotation)"
        )
        out += [f"A change of {fields} replaces the object: {order}. Any other change is made in place.", ""]
    else:
        out += ["Every change is made in place; nothing replaces the object.", ""]
    out += ["## Secrets", ""]
    if kind.secret_fields:
        fields = ", ".join(f"`{f}`" for f in sorted(kind.secret_fields))
        out += [
            f"{fields}: encrypted in the state, secret outputs in Pulumi, redacted from logs and errors.",
            "",
        ]
    else:
        out += ["This kind has no secret inputs or outputs.", ""]
    out += ["## Adoption", ""]
    if kind.natural_key:
        key = ", ".join(f"`{k}`" for k in kind.natural_key)
        out += [
            f"Natural key: {key}. When an object with the same {key} exists, `create` fails with "
            '"already exists" unless you set `adopt_existing=True`: then it adopts that object and brings it to '
            "your inputs. (`pulumi import` does not work for dynamic resources; see "
            "[Limitations](../limitations.md).)",
            "",
        ]
    else:
        out += [
            "No natural key: every `create` makes a new object (repeated runs never duplicate one, since a "
            "create whose response was lost is recovered). An existing object cannot be adopted.",
            "",
        ]
    lookups = KIND_LOOKUPS.get(kind.name, ())
    if lookups:
        out += ["## Related lookups", ""]
        out += [f"- `langsmith.{name}(...)`: {_first_line(name)}" for name in lookups]
        out.append("")
    policies = [p for p in POLICIES if kind.name in policy_kinds(p.name)]
    if policies:
        out += ["## Policies", "", "The [policy pack](../policy.md) checks this kind with:", ""]
        for policy in policies:
            level = policy.enforcement_level.value if policy.enforcement_level else "advisory"
            out.append(f"- `{policy.name}` ({level}): {_cell(policy.description)}")
        out.append("")
    return "\n".join(out)


SETUP_NOTES: Final[dict[str, str]] = {
    "control_plane": "Needs LangSmith Deployment (the control plane; `langsmith:controlPlaneEndpoint` when it "
    "is not derived from the endpoint). The emulator serves one.",
    "scim_token": "Authenticates with the SCIM token (`langsmith:scimToken`), not the API key: SCIM needs "
    "LangSmith Enterprise. The emulator serves SCIM too.",
    "active_org_member": "Needs an organisation member who has *accepted* the invite: see [Access](../access.md).",
    "prompt_and_org_member": "The new owner must be an organisation member who has *accepted* the invite: see "
    "[Access](../access.md).",
}
"""What a kind needs beyond an API key, by the name of its conformance setup."""

KIND_LOOKUPS: Final[dict[str, tuple[str, ...]]] = {
    "Deployment": (
        "get_deployment",
        "list_deployment_revisions",
        "get_github_integration",
        "list_github_repositories",
    ),
    "Project": ("get_project",),
    "Prompt": ("get_prompt",),
    "PromptTag": ("get_prompt",),
    "Evaluator": ("get_evaluator",),
    "RunRule": ("list_run_rules",),
    "AnnotationQueue": ("get_annotation_queue",),
    "Workspace": ("get_workspace",),
    "Role": ("get_role",),
    "OrgMember": ("get_user",),
    "WorkspaceMember": ("list_workspace_members",),
    "WorkspaceSecret": ("list_workspace_secret_names",),
    "ModelConfiguration": ("get_model_configuration",),
}
"""Functions of `pulumi_langsmith.lookups` (exported at the package top level) that go with a kind."""


def _first_line(function_name: str) -> str:
    from . import lookups

    function = getattr(lookups, function_name, None)
    doc = (function.__doc__ or "") if function is not None else ""
    return _cell(doc.strip().splitlines()[0] if doc.strip() else "")


def render_reference_index(kinds: Iterable[Kind[Any]]) -> str:
    out = [
        "# Resource reference",
        "",
        "One page per resource kind, generated from the kind declarations (the same source as `schema.json` "
        "and the provider's own validation, so they cannot disagree). Every kind is a Pulumi resource class "
        "of `pulumi_langsmith` with its own type token.",
        "",
        "| kind | scope | natural key | replaced when | description |",
        "|---|---|---|---|---|",
    ]
    for kind in kinds:
        replaced = ", ".join(f"`{f}`" for f in sorted(kind.replace_fields)) or "—"
        key = ", ".join(f"`{k}`" for k in kind.natural_key) or "—"
        out.append(
            f"| [{kind.name}]({kind.name.lower()}.md) | {kind.scope} | {key} | {replaced} | {_cell(kind.description)} |"
        )
    out += ["", "Nested input types are on the [types](types.md) page.", ""]
    return "\n".join(out)


def render_types_page(schema: Mapping[str, Any]) -> str:
    types = schema.get("types", {})
    out = ["# Types", "", "Enumerations and nested objects used by the resource inputs.", ""]
    for name, definition in types.items():
        short = _short(name)
        out += [f"## {short} {{ #type-{short.lower()} }}", ""]
        if definition.get("description"):
            out += [_cell(definition["description"]), ""]
        if "enum" in definition:
            out += ["Values: " + ", ".join(f"`{v['value']}`" for v in definition["enum"]), ""]
            continue
        out += ["| field | type | notes | description |", "|---|---|---|---|"]
        required = definition.get("required", [])
        for field, prop in definition.get("properties", {}).items():
            label = type_label(prop, types).replace("](#type-", "](#type-")
            out.append(
                f"| `{field}` | {label} | {_notes(field, prop, required)} | {_cell(prop.get('description', ''))} |"
            )
        out.append("")
    return "\n".join(out)


def site_pages() -> dict[str, tuple[str, str]]:
    """The generated pages of the documentation site: `{path: (nav title, markdown)}`, one per registered kind,
    the reference index and the types page."""
    from .framework.registry import all_kinds
    from .resources import ALL_PROVIDERS

    kinds = all_kinds()
    schema = build_schema([summarize(provider) for provider in ALL_PROVIDERS])
    pages = {
        "reference/index.md": ("Overview", render_reference_index(kinds)),
        "reference/types.md": ("Types", render_types_page(schema)),
    }
    for kind in kinds:
        pages[kind_page_path(kind.name)] = (kind.name, render_kind_page(kind, schema))
    return pages


def version_line() -> str:
    from ._version import __version__

    return f"This documentation describes pulumi-langsmith **{__version__}** (`pulumi-langsmith --version`)."


def fill_markers(text: str) -> str:
    """Fill every generated section whose BEGIN/END markers `text` holds (the others are left alone)."""
    sections = {**generated_sections(), "VERSION": version_line()}
    present = {name: body for name, body in sections.items() if f"<!-- BEGIN {name} -->" in text}
    return update_readme(text, present) if present else text
