"""Layering: only the adapter speaks Pulumi's dynamic-provider protocol (checked on the syntax tree)."""

from __future__ import annotations

import ast
from pathlib import Path

import pulumi_langsmith

PACKAGE = Path(pulumi_langsmith.__file__).parent
ADAPTER = "framework/adapter.py"
TYPED = "typed.py"


def _dynamic_uses(tree: ast.AST) -> list[str]:
    """Every way the module reaches `pulumi.dynamic`: imports, `pulumi.dynamic` attributes, import_module."""
    uses = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            uses += [
                f"import {a.name}"
                for a in node.names
                if a.name == "pulumi.dynamic" or a.name.startswith("pulumi.dynamic.")
            ]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            if node.module == "pulumi.dynamic" or node.module.startswith("pulumi.dynamic."):
                uses.append(f"from {node.module} import ...")
            elif node.module == "pulumi" and any(a.name == "dynamic" for a in node.names):
                uses.append("from pulumi import dynamic")
        elif isinstance(node, ast.Attribute) and node.attr == "dynamic":
            if isinstance(node.value, ast.Name) and node.value.id == "pulumi":
                uses.append("pulumi.dynamic")
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            if node.value == "pulumi.dynamic" or node.value.startswith("pulumi.dynamic."):
                uses.append(f"{node.value!r} (a dynamic import)")
    return uses


def _modules() -> dict[str, ast.AST]:
    return {
        path.relative_to(PACKAGE).as_posix(): ast.parse(path.read_text(), filename=str(path))
        for path in sorted(PACKAGE.rglob("*.py"))
    }


def test_only_the_adapter_imports_pulumi_dynamic():
    modules = _modules()
    offenders = {name: uses for name, tree in modules.items() if name != ADAPTER and (uses := _dynamic_uses(tree))}
    assert not offenders, f"pulumi.dynamic used outside {ADAPTER}: {offenders}"
    assert _dynamic_uses(modules[ADAPTER]), "the adapter is the front door to pulumi.dynamic"


def test_generated_classes_reach_pulumi_dynamic_through_the_adapter_only():
    tree = _modules()[TYPED]
    framework_imports = {
        node.module
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("framework")
    }
    assert framework_imports == {"framework.adapter"}


def test_the_layer_check_sees_every_spelling_of_the_import():
    spellings = [
        "import pulumi.dynamic",
        "import pulumi.dynamic as d",
        "from pulumi.dynamic import ResourceProvider",
        "from pulumi import dynamic",
        "import pulumi\nx = pulumi.dynamic.Resource",
        "import importlib\nimportlib.import_module('pulumi.dynamic')",
    ]
    for source in spellings:
        assert _dynamic_uses(ast.parse(source)), source
    assert not _dynamic_uses(ast.parse('"""Nothing here imports pulumi.dynamic."""\nimport pulumi\n'))
