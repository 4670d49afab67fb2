"""LangChain prompt manifests: built from a prompt's typed template, and read back into one.

A prompt commit's `manifest` is a LangChain-serialized object (`{lc, type, id, kwargs}`): a `PromptTemplate`
(a string prompt), a `ChatPromptTemplate` (a list of role messages), or either of them followed by a chat
model in a `RunnableSequence` (the prompt with its model settings). `to_manifest` writes exactly one form for
a template; `from_manifest` reads a manifest back only when writing the result gives the same manifest
(canonically), so comparing templates is comparing manifests, and a manifest of any other shape is kept raw.
"""

from __future__ import annotations

import re
import string
from collections.abc import Mapping
from typing import Any

from .framework.scoped import canonical

_PROMPT = ["langchain", "prompts", "prompt", "PromptTemplate"]
_CHAT = ["langchain", "prompts", "chat", "ChatPromptTemplate"]
_SEQUENCE = ["langchain", "schema", "runnable", "RunnableSequence"]
_PLACEHOLDER = ["langchain", "prompts", "chat", "MessagesPlaceholder"]
_ROLES = {
    "system": "SystemMessagePromptTemplate",
    "human": "HumanMessagePromptTemplate",
    "ai": "AIMessagePromptTemplate",
}
_ROLE_OF = {name: role for role, name in _ROLES.items()}
_MUSTACHE = re.compile(r"\{\{\s*([#^/!>&]?)\s*([A-Za-z_][\w.]*)\s*\}\}")


def _constructor(path: list[str], kwargs: dict[str, Any]) -> dict[str, Any]:
    return {"lc": 1, "type": "constructor", "id": list(path), "kwargs": kwargs}


def template_variables(text: str, template_format: str) -> list[str]:
    """The variables a template names, sorted: `{topic}` (f-string) or `{{topic}}` (mustache, top-level names)."""
    names: set[str] = set()
    if template_format == "mustache":
        for sigil, name in _MUSTACHE.findall(text):
            if sigil in ("", "#", "^", "&"):
                names.add(name.split(".", 1)[0])
    else:
        for _, field_name, _, _ in string.Formatter().parse(text):
            if field_name:
                names.add(re.split(r"[.\[]", field_name, maxsplit=1)[0])
    return sorted(names)


def _string_prompt(text: str, template_format: str, variables: list[str] | None = None) -> dict[str, Any]:
    return _constructor(
        _PROMPT,
        {
            "input_variables": sorted(variables)
            if variables is not None
            else template_variables(text, template_format),
            "template": text,
            "template_format": template_format,
        },
    )


def to_manifest(template: Mapping[str, Any]) -> dict[str, Any]:
    """The manifest of a typed template (`PromptTemplateInputs` as JSON)."""
    template_format = template.get("template_format") or "f-string"
    declared = template.get("input_variables")
    if template.get("messages") is not None:
        messages = []
        found: set[str] = set()
        for message in template["messages"]:
            if message["role"] == "placeholder":
                messages.append(_constructor(_PLACEHOLDER, {"variable_name": message["content"]}))
                found.add(message["content"])
                continue
            prompt = _string_prompt(message["content"], template_format)
            found.update(prompt["kwargs"]["input_variables"])
            path = ["langchain", "prompts", "chat", _ROLES[message["role"]]]
            messages.append(_constructor(path, {"prompt": prompt}))
        variables = sorted(declared) if declared is not None else sorted(found)
        prompt = _constructor(_CHAT, {"input_variables": variables, "messages": messages})
    else:
        prompt = _string_prompt(template.get("template") or "", template_format, declared)
    model = template.get("model")
    if model is None:
        return prompt
    return _constructor(_SEQUENCE, {"first": prompt, "last": dict(model)})


def _read_prompt(prompt: Mapping[str, Any]) -> dict[str, Any] | None:
    kwargs = prompt.get("kwargs") or {}
    path = list(prompt.get("id") or [])
    if path == _PROMPT:
        return {
            "template": kwargs.get("template"),
            "template_format": kwargs.get("template_format") or "f-string",
            "input_variables": kwargs.get("input_variables"),
        }
    if path != _CHAT:
        return None
    messages, formats = [], set()
    for message in kwargs.get("messages") or []:
        message_path = list(message.get("id") or [])
        message_kwargs = message.get("kwargs") or {}
        if message_path == _PLACEHOLDER:
            messages.append({"role": "placeholder", "content": message_kwargs.get("variable_name")})
            continue
        role = _ROLE_OF.get(message_path[-1]) if message_path else None
        inner = message_kwargs.get("prompt") or {}
        if role is None or list(inner.get("id") or []) != _PROMPT:
            return None
        formats.add((inner.get("kwargs") or {}).get("template_format") or "f-string")
        messages.append({"role": role, "content": (inner.get("kwargs") or {}).get("template")})
    if len(formats) > 1:
        return None
    return {
        "messages": messages,
        "template_format": formats.pop() if formats else "f-string",
        "input_variables": kwargs.get("input_variables"),
    }


def from_manifest(manifest: Mapping[str, Any] | None) -> dict[str, Any] | None:
    """The typed template a manifest was written from, or None when `to_manifest` cannot write it exactly."""
    if not isinstance(manifest, Mapping):
        return None
    model = None
    prompt: Mapping[str, Any] = manifest
    if list(manifest.get("id") or []) == _SEQUENCE:
        kwargs = manifest.get("kwargs") or {}
        if set(kwargs) != {"first", "last"}:
            return None
        prompt, model = kwargs["first"], kwargs["last"]
    template = _read_prompt(prompt)
    if template is None:
        return None
    template["model"] = model
    derived = to_manifest({**template, "input_variables": None})
    if same_manifest(derived, manifest):
        template["input_variables"] = None  # the variables the template names: left to derivation
    elif not same_manifest(to_manifest(template), manifest):
        return None
    return template


def same_manifest(a: Any, b: Any) -> bool:
    """Whether two manifests are equal (canonically: key order and integral floats do not matter)."""
    return bool(canonical(a) == canonical(b))
