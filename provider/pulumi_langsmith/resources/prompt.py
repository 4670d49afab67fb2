"""`Prompt`: a prompt hub repo (`/api/v1/repos`) and its append-only commits (`/commits/{owner}/{repo}`).

The prompt itself is the latest commit's manifest. It is written either from a typed `template` (a string or
chat template, its input variables and the model settings) or given whole as a raw LangChain `manifest`.
Manifests are compared canonically, never by commit hash: a change appends exactly one commit after the
latest one this stack saw (`parent_commit`; the hub refuses it with 409 when someone committed meanwhile),
and commits are never deleted. The repo's description, readme, tags and visibility are patched in place;
a new `repo_handle` (or `owner`) is a new prompt.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit

from pydantic import Field, field_validator, model_validator

from ..errors import NotFoundError
from ..framework import (
    AppendOnlyChildren,
    Conformance,
    Created,
    Existing,
    Kind,
    NestedInputs,
    OutputsModel,
    Scoped,
    WorkspaceScopedInputs,
    field,
)
from ..prompt_manifest import from_manifest, same_manifest, to_manifest

MAX_MANIFEST_BYTES = 1_000_000
HANDLE_PATTERN = r"^[a-z0-9][a-z0-9_-]*$"
OWNER_PATTERN = r"^(-|[a-z0-9][a-z0-9_-]*)$"

Variable = Annotated[str, Field(min_length=1, max_length=256, pattern=r"^[A-Za-z_][\w.]*$")]
Tag = Annotated[str, Field(min_length=1, max_length=128)]


def _bounded_json(value: dict[str, Any] | None, what: str) -> dict[str, Any] | None:
    if value is not None and len(json.dumps(value)) > MAX_MANIFEST_BYTES:
        raise ValueError(f"{what} is larger than {MAX_MANIFEST_BYTES} bytes as JSON")
    return value


class PromptMessage(NestedInputs):
    role: Literal["system", "human", "ai", "placeholder"] = Field(
        description="`system`, `human`, `ai`, or `placeholder` (a list of messages passed in as the variable "
        "named by `content`)."
    )
    content: str = Field(max_length=200_000, description="The message template (for a placeholder: its variable).")


class PromptTemplateInputs(NestedInputs):
    template: str | None = Field(None, max_length=200_000, description="A string prompt's template.")
    messages: list[PromptMessage] | None = Field(
        None, min_length=1, max_length=200, description="A chat prompt's messages, in order."
    )
    input_variables: list[Variable] | None = Field(
        None,
        max_length=200,
        description="The prompt's input variables (default: the variables its templates name).",
    )
    template_format: Literal["f-string", "mustache"] = Field(
        "f-string", description="How variables are written: `f-string` (`{topic}`) or `mustache` (`{{topic}}`)."
    )
    model: dict[str, Any] | None = Field(
        None,
        description="Model settings the prompt runs with: a LangChain-serialized chat model "
        '(`{"lc": 1, "type": "constructor", "id": [...], "kwargs": {"model": ..., "temperature": ...}}`).',
    )

    @model_validator(mode="after")
    def _one_form(self) -> PromptTemplateInputs:
        if (self.template is None) == (self.messages is None):
            raise ValueError("set exactly one of `template` (a string prompt) and `messages` (a chat prompt)")
        return self

    @field_validator("model")
    @classmethod
    def _model_size(cls, value: dict[str, Any] | None) -> dict[str, Any] | None:
        return _bounded_json(value, "model")


class PromptPartInputs(WorkspaceScopedInputs):
    """Inputs of what belongs to one prompt (its tags, its owners): the prompt, by handle and owner."""

    repo_handle: str = field(
        key=True,
        replace=True,
        min_length=1,
        max_length=100,
        pattern=HANDLE_PATTERN,
        description="The prompt (its `repo_handle`).",
    )
    owner: str = field(
        "-",
        key=True,
        replace=True,
        max_length=100,
        pattern=OWNER_PATTERN,
        description="The workspace's hub handle, or `-` (the default) for the workspace the request acts in.",
    )


class PromptInputs(WorkspaceScopedInputs):
    repo_handle: str = field(
        key=True,
        replace=True,
        min_length=1,
        max_length=100,
        pattern=HANDLE_PATTERN,
        description="The prompt's name (lowercase letters, digits, `-`, `_`), unique in its workspace. "
        "Changing it makes a new prompt.",
    )
    owner: str = field(
        "-",
        replace=True,
        max_length=100,
        pattern=OWNER_PATTERN,
        description="The workspace's hub handle, or `-` (the default) for the workspace the request acts in.",
    )
    template: PromptTemplateInputs | None = field(
        None,
        description="The prompt as a typed template (string or chat, input variables, model settings); "
        "a change commits it. Set this or `manifest`.",
    )
    manifest: dict[str, Any] | None = field(
        None,
        description="The prompt as a raw LangChain manifest, for shapes `template` does not cover; a change "
        "commits it. Set this or `template`.",
    )
    description: str | None = field(None, max_length=10_000, description="What the prompt is for.")
    readme: str | None = field(None, max_length=100_000, description="The prompt's readme (Markdown).")
    tags: list[Tag] | None = field(None, unordered=True, max_length=50, description="Hub tags (labels) of the repo.")
    is_public: bool = field(False, description="Whether anyone can read the prompt on the public hub.")

    @field_validator("manifest")
    @classmethod
    def _manifest_size(cls, value: dict[str, Any] | None) -> dict[str, Any] | None:
        return _bounded_json(value, "manifest")

    @field_validator("tags")
    @classmethod
    def _sorted_tags(cls, value: list[str] | None) -> list[str] | None:
        if value is not None and len(set(value)) != len(value):
            raise ValueError("lists a tag more than once")
        return sorted(value) if value else None


class PromptOutputs(OutputsModel):
    commit_hash: str | None = field(None, description="The latest commit's hash (what the prompt's tags point at).")
    commit_url: str | None = field(None, description="The latest commit in the LangSmith UI.")
    full_name: str | None = field(None, description="`owner/repo_handle` (just the handle without a hub handle).")
    updated_at: str | None = field(None, description="Last change to the repo (ISO 8601).")


def _one_prompt(inputs: PromptInputs) -> list[tuple[str, str]]:
    if inputs.template is not None and inputs.manifest is not None:
        return [("manifest", "set either `template` or `manifest`, not both")]
    return []


#: An empty value clears a field: in the hub's PATCH a null leaves the field as it is.
_CLEARED: dict[str, Any] = {"description": "", "readme": "", "tags": []}


def web_url(api: Scoped) -> str:
    """The LangSmith UI's base URL for the API endpoint (`api.smith.langchain.com` → `smith.langchain.com`)."""
    parts = urlsplit(api.client.settings.endpoint)
    host = parts.netloc
    if host.startswith("api."):
        host = host[len("api.") :]
    elif ".api." in host:
        host = host.replace(".api.", ".", 1)
    return f"{parts.scheme}://{host}"


class Prompts(AppendOnlyChildren):
    """The hub's repos and commits; the commit's `manifest` is written from `template` or `manifest`."""

    def child_api_names(self) -> set[str]:
        return {"manifest", "template"}  # both inputs live in the commit's manifest, neither in the repo

    def child_body(self, inputs: Any, parent_child_id: str | None) -> dict[str, Any]:
        values = inputs.model_dump(mode="json")
        manifest = to_manifest(values["template"]) if values.get("template") is not None else values.get("manifest")
        body: dict[str, Any] = {"manifest": manifest}
        if parent_child_id is not None:
            body[self.parent_field] = parent_child_id
        return body

    def has_child_inputs(self, inputs: Any) -> bool:
        return inputs.template is not None or inputs.manifest is not None

    def same(self, name: str, old: Any, new: Any) -> bool:
        if name == "template" and old is not None and new is not None:
            return same_manifest(to_manifest(old), to_manifest(new))  # canonical manifests, not the inputs' form
        return super().same(name, old, new)

    def update_body(self, old: Any, new: Any, changed: list[str], live: Mapping[str, Any]) -> dict[str, Any]:
        body = super().update_body(old, new, changed, live)
        return {k: _CLEARED[k] if v is None and k in _CLEARED else v for k, v in body.items()}

    def live_inputs(self, obj: Mapping[str, Any], state: Mapping[str, Any]) -> dict[str, Any]:
        manifest = obj.get("manifest")
        template = None if state.get("manifest") is not None else from_manifest(manifest)
        return {
            "repo_handle": obj.get("repo_handle"),
            "owner": state.get("owner") or "-",  # the API answers the handle; `-` names the same workspace
            "template": template,
            "manifest": manifest if template is None else None,
            "description": obj.get("description") or None,
            "readme": obj.get("readme") or None,
            "tags": sorted(obj.get("tags") or []) or None,
            "is_public": bool(obj.get("is_public")),
        }

    def find(self, api: Scoped, inputs: Any) -> dict[str, Any] | None:
        # The repo list answers `{repos, total}` and filters by substring only: the item GET finds a handle.
        try:
            return self.unwrap(api.get(self.path(self.item, inputs.model_dump(mode="json"))))
        except NotFoundError:
            return None

    def with_url(self, api: Scoped, obj: dict[str, Any]) -> dict[str, Any]:
        commit = obj.get(self.child_id_key)
        handle = obj.get("repo_handle")
        obj["commit_url"] = f"{web_url(api)}/prompts/{handle}/{commit}" if commit and handle else None
        return obj

    def create(self, api: Scoped, inputs: Any, owner: str) -> Created | Existing:
        outcome = super().create(api, inputs, owner)
        obj = self.with_url(api, dict(outcome.obj))
        return Created(obj) if isinstance(outcome, Created) else Existing(obj, outcome.ours)

    def read(self, api: Scoped, object_id: str, state: Mapping[str, Any]) -> dict[str, Any] | None:
        obj = super().read(api, object_id, state)
        return None if obj is None else self.with_url(api, obj)

    def update(
        self, api: Scoped, object_id: str, old: Any, new: Any, changed: list[str], state: Mapping[str, Any]
    ) -> dict[str, Any]:
        return self.with_url(api, super().update(api, object_id, old, new, changed, state))


EXAMPLE_MANIFEST = to_manifest({"template": "Tell a joke about {topic}"})

KIND = Kind(
    name="Prompt",
    description="A prompt in the LangSmith prompt hub: a repo whose commits hold the prompt's versions.",
    inputs=PromptInputs,
    outputs=PromptOutputs,
    # Create: POST the repo (a 409 looks the handle up), then POST the first commit. Read: the repo, then the
    # latest commit (`?limit=1`). Update: a PATCH for repo fields, one commit POST for a new prompt.
    api=Prompts(
        "/api/v1/repos",
        "/api/v1/repos/{owner}/{repo_handle}",
        children="/commits/{owner}/{repo_handle}",  # a Go-root route: `/api/commits/...` when self-hosted
        child_fields=("template", "manifest"),
        child_id="commit_hash",
        parent_field="parent_commit",
        envelope="repo",
        child_envelope="commit",
        children_envelope="commits",
        lookup_first=False,
    ),
    validate=_one_prompt,
    docs=(
        "Set the prompt as `template` (typed: `template` or `messages`, `input_variables`, `template_format`, "
        "`model`) or as a raw LangChain `manifest`. A change makes exactly one new commit; commits are never "
        "deleted (destroying the prompt deletes the repo, and its history with it). A prompt changed in the UI "
        "shows as drift of `template` (or of `manifest` when the new manifest has a shape `template` does not "
        "cover), and the next `up` commits the program's version again. Move a tag (`PromptTag`) to promote."
    ),
    conformance=Conformance(
        example={"repo_handle": "conformance-prompt", "template": {"template": "Tell a joke about {topic}"}},
        update={
            "description": "jokes, reviewed",
            "template": {"messages": [{"role": "system", "content": "You tell {style} jokes."}]},
        },
        replace={"repo_handle": "conformance-prompt-2"},
        invalid=(
            ({"repo_handle": "Not A Handle"}, "repo_handle"),
            ({"template": {"template": "x", "messages": [{"role": "human", "content": "y"}]}}, "template"),
            ({"manifest": EXAMPLE_MANIFEST}, "manifest"),
            ({"owner": "../etc"}, "owner"),
        ),
        drift={"description": "changed by hand", "template": {"template": "Tell two jokes about {topic}"}},
    ),
)
