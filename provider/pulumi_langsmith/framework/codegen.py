"""Generates `pulumi_langsmith/typed.py`: for every kind, an `Args` class, its provider class and a typed
`Resource` class with `pulumi.Output` attributes and a keyword-only `__init__`, in the style of Pulumi's
generated SDKs. Type checkers and IDEs see real signatures; `tests/test_codegen.py` fails when the checked-in
module is stale. Run `pulumi-langsmith codegen` (or `make codegen`; `--check` only checks) after changing a kind.
"""

from __future__ import annotations

import collections.abc
import enum
import textwrap
import types
import typing
from pathlib import Path
from typing import Any

from pydantic import BaseModel
from pydantic.fields import FieldInfo

from .kind import Kind
from .registry import all_kinds

TARGET = Path(__file__).resolve().parent.parent / "typed.py"


def render_type(annotation: Any) -> str:
    """A Python type expression for a pydantic field's annotation (enums as `str`, nested models as dicts)."""
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if annotation is type(None):
        return "None"
    if annotation is Any:
        return "Any"
    if origin is typing.Annotated:
        return render_type(args[0])
    if origin in (typing.Union, types.UnionType):
        parts = list(dict.fromkeys(render_type(a) for a in args))
        if "None" in parts:
            parts = [p for p in parts if p != "None"] + ["None"]
        return " | ".join(parts)
    if origin is typing.Literal:
        return "str"
    if origin in (list, tuple, set, frozenset, collections.abc.Sequence):
        inner = render_type(args[0]) if args else "Any"
        return f"Sequence[{inner}]"
    if origin in (dict, collections.abc.Mapping):
        value = render_type(args[1]) if len(args) == 2 else "Any"
        return f"Mapping[str, {value}]"
    if isinstance(annotation, type):
        if issubclass(annotation, enum.Enum):
            return "str"
        if issubclass(annotation, BaseModel):
            return "Mapping[str, Any]"
        if annotation in (str, int, float, bool):
            return annotation.__name__
        if annotation.__name__ == "SecretStr":
            return "str"
    return "Any"


def _optional(text: str) -> str:
    return text if text.endswith("| None") or text in ("Any", "None") else f"{text} | None"


def _doc(text: str | None, indent: str) -> str:
    body = (text or "").strip().replace('"""', "'''").replace("\\", "\\\\")
    wrapped = textwrap.fill(body, width=110 - len(indent), break_long_words=False, break_on_hyphens=False)
    lines = wrapped.splitlines() or [""]
    if len(lines) == 1:
        return f'{indent}"""{lines[0]}"""'
    return f'{indent}"""' + ("\n" + indent).join(lines) + f'\n{indent}"""'


def _param_doc(name: str, info: FieldInfo) -> str:
    text = " ".join((info.description or "").split())
    return textwrap.fill(
        f":param {name}: {text}", width=108, subsequent_indent="            ", break_long_words=False
    ).replace("\n", "\n        ")


def _inputs(kind: Kind[Any]) -> list[tuple[str, FieldInfo, str, bool]]:
    """(name, field, input type text, required) of the kind's inputs, required ones first."""
    fields = []
    for name, info in kind.inputs.model_fields.items():
        typ = render_type(info.annotation)
        fields.append((name, info, typ, info.is_required()))
    return sorted(fields, key=lambda f: (not f[3], f[0] in ("adopt_existing", "workspace_id")))


def render_kind(kind: Kind[Any], module: str) -> str:
    name = kind.name
    inputs = _inputs(kind)
    out: list[str] = []
    # Args
    out.append(f"class {name}Args:")
    out.append(_doc(f"The arguments of a `{name}`.", "    "))
    out.append("")
    out.append("    def __init__(")
    out.append("        self,")
    out.append("        *,")
    for field_name, _info, typ, required in inputs:
        default = "" if required else " = None"
        annotation = f"pulumi.Input[{typ.removesuffix(' | None')}]" + ("" if required else " | None")
        out.append(f"        {field_name}: {annotation}{default},")
    out.append("    ) -> None:")
    for field_name, info, _typ, _required in inputs:
        out.append(f"        self.{field_name} = {field_name}")
        out.append(_doc(info.description, "        "))
    out.append("")
    out.append("    def to_props(self) -> dict[str, Any]:")
    out.append(_doc("The non-None arguments, by property name.", "        "))
    out.append("        return {k: v for k, v in vars(self).items() if v is not None}")
    out.append("")
    out.append("")
    # Provider
    out.append(f"class {name}Provider(KindProvider):")
    out.append(_doc(f"The dynamic provider of `{name}`.", "    "))
    out.append("")
    out.append(f'    kind_module = "pulumi_langsmith.resources.{module}"')
    out.append("")
    out.append("")
    # Resource
    out.append(f'class {name}(KindResource, module="langsmith", name="{name}"):')
    out.append(_doc(f"{kind.description} Type token `{kind.type_token}`.", "    "))
    out.append("")
    out.append(f"    _provider_class = {name}Provider")
    out.append("")
    for field_name, info, typ, required in inputs:
        shown = typ if required or field_name == "adopt_existing" else _optional(typ)
        out.append(f"    {field_name}: pulumi.Output[{shown}]")
        out.append(_doc(info.description, "    "))
    for field_name in kind.output_names:
        info = kind.outputs.model_fields[field_name]
        out.append(f"    {field_name}: pulumi.Output[{_optional(render_type(info.annotation))}]")
        out.append(_doc(info.description, "    "))
    out.append("")
    # overloads
    out.append("    @overload")
    out.append("    def __init__(")
    out.append(f"        self, resource_name: str, args: {name}Args, opts: pulumi.ResourceOptions | None = None")
    out.append("    ) -> None: ...")
    out.append("")
    out.append("    @overload")
    out.append("    def __init__(")
    out.append("        self,")
    out.append("        resource_name: str,")
    out.append("        opts: pulumi.ResourceOptions | None = None,")
    out.append("        *,")
    for field_name, _info, typ, required in inputs:
        default = "" if required else " = None"
        annotation = f"pulumi.Input[{typ.removesuffix(' | None')}]" + ("" if required else " | None")
        out.append(f"        {field_name}: {annotation}{default},")
    out.append("    ) -> None: ...")
    out.append("")
    out.append("    def __init__(self, resource_name: str, *args: Any, **kwargs: Any) -> None:")
    out.append(f'        """Declare a {name}: {kind.description}')
    out.append("")
    out.append("        :param resource_name: The Pulumi name of the resource.")
    out.append(f"        :param args: The arguments, as a `{name}Args` (or give them as keywords).")
    out.append("        :param opts: Pulumi resource options.")
    for field_name, info, _typ, _required in inputs:
        out.append("        " + _param_doc(field_name, info))
    out.append('        """')
    out.append(f"        props, opts = resolve_args({name}Args, args, kwargs)")
    out.append("        super().__init__(resource_name, props, opts)")
    return "\n".join(out)


HEADER = '''"""Typed resource classes, one per kind: GENERATED from the kind declarations in `resources/` by
`pulumi-langsmith codegen`. Do not edit by hand; `tests/test_codegen.py` fails when this file is stale.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, overload

import pulumi

from .framework.adapter import KindProvider, KindResource, resolve_args
'''


def generate() -> str:
    """The source of `typed.py` for the registered kinds."""
    kinds = all_kinds()
    parts = []
    names = []
    for kind in kinds:
        # The kind modules are imported on first use of a kind (`KindProvider.kind_module`): the Pulumi
        # program and the dynamic-provider host load this file for every `pulumi up`, and a stack uses a few kinds.
        parts.append(render_kind(kind, _module_of(kind)))
        names += [kind.name, f"{kind.name}Args", f"{kind.name}Provider"]
    all_list = "\n".join(f'    "{n}",' for n in sorted(names))
    source = (
        HEADER
        + "\n__all__ = [\n"
        + all_list
        + "\n]\n\n\n"
        + "\n\n\n".join(parts)
        + "\n\n\nALL_PROVIDERS: tuple[type[KindProvider], ...] = (\n"
        + "".join(f"    {k.name}Provider,\n" for k in kinds)
        + ")\n"
    )
    return source


def _module_of(kind: Kind[Any]) -> str:
    from .registry import kind_modules

    for module in kind_modules():
        if getattr(module, "KIND", None) is kind:
            return module.__name__.rsplit(".", 1)[-1]
    raise KeyError(kind.name)


def write(target: Path = TARGET) -> bool:
    """Write `typed.py` (formatted with ruff when it is installed); whether it changed."""
    source = format_source(generate())
    old = target.read_text() if target.exists() else None
    if old == source:
        return False
    target.write_text(source)
    return True


def format_source(source: str) -> str:
    """`source` formatted by ruff (as `make test` checks it), when ruff is available."""
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-m", "ruff", "format", "--stdin-filename", str(TARGET), "-"],
        input=source,
        capture_output=True,
        text=True,
        cwd=TARGET.parent,
    )
    return done.stdout if done.returncode == 0 else source


if __name__ == "__main__":
    print("typed.py " + ("written" if write() else "unchanged"))
