"""`PromptTag`: a named tag (`prod`) on one commit of a prompt (`/api/v1/repos/{owner}/{repo}/tags`).

Promotion is a tag move: the tag's `commit` is an input, so moving it is a reviewed change of the program. It
takes a commit hash (a literal, or a `Prompt`'s `commit_hash` output to follow the prompt's latest commit:
the preview then shows the tag moving with every template change), or `latest`: the latest commit at the time
the tag is created or moved, which new commits do not move.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..errors import ConflictError, NotFoundError
from ..framework import Conformance, Kind, OutputsModel, RestCollection, Scoped, field
from ..framework.strategies.base import Created, Existing, Obj
from .prompt import PromptPartInputs

COMMIT_PATTERN = r"^(latest|[0-9a-f]{7,64})$"


class PromptTagInputs(PromptPartInputs):
    tag_name: str = field(
        key=True,
        replace=True,
        min_length=1,
        max_length=128,
        pattern=r"^\S+$",
        description="The tag, e.g. `prod`; unique in its prompt.",
    )
    commit: str = field(
        min_length=4,
        max_length=64,
        pattern=COMMIT_PATTERN,
        description="The commit the tag names: a commit hash (e.g. a `Prompt`'s `commit_hash` output, to follow "
        "the prompt's latest commit), or `latest` (the latest commit when the tag is set; later commits do not "
        "move it). A change moves the tag.",
    )
    skip_webhooks: bool = field(
        False,
        write_only=True,
        description="Move the tag without calling the workspace's prompt webhooks (`tag:create`, `tag:update`).",
    )


class PromptTagOutputs(OutputsModel):
    commit_hash: str | None = field(None, description="The hash of the commit the tag names.")
    commit_id: str | None = field(None, description="The id of the commit the tag names.")
    updated_at: str | None = field(None, description="When the tag was last set or moved (ISO 8601).")


class PromptTags(RestCollection):
    """The hub's tags. A tag names a commit by its id (a UUID) while users know commits by hash: a create or a
    move first finds the commit in the prompt's commit list (newest first: one GET when the commit is among the
    latest 100), then POSTs or PATCHes the tag. Read is one GET of the tag."""

    def commit_of(self, api: Scoped, values: Mapping[str, Any]) -> Obj:
        """The prompt's commit that `values["commit"]` names (a hash or `latest`)."""
        path = f"/commits/{values['owner']}/{values['repo_handle']}"  # a Go-root route (`/api/commits` self-hosted)
        wanted, offset, page_size = values["commit"], 0, 100
        while True:
            limit = 1 if wanted == "latest" else page_size
            page = api.get(path, params={"limit": limit, "offset": offset}) or {}
            commits = page.get("commits") or [] if isinstance(page, Mapping) else []
            for commit in commits:
                if wanted == "latest" or commit.get("commit_hash") == wanted:
                    return dict(commit)
            if wanted == "latest" or len(commits) < limit:
                what = "has no commit yet" if wanted == "latest" else f"has no commit {wanted!r}"
                raise NotFoundError("GET", path, 404, f"prompt {values['owner']}/{values['repo_handle']} {what}")
            offset += len(commits)

    def create(self, api: Scoped, inputs: Any, owner: str) -> Created | Existing:
        values = inputs.model_dump(mode="json")
        commit = self.commit_of(api, values)
        body = {
            "tag_name": values["tag_name"],
            "commit_id": str(commit["id"]),
            "skip_webhooks": values["skip_webhooks"],
        }
        try:
            # No client id: a POST whose answer was lost is recovered by reading the tag before a retry.
            response = api.post(self.path(self.collection, values), body, recover=lambda: self.find(api, inputs))
        except ConflictError as conflict:  # the prompt has this tag already: someone else's, or adopted
            found = self.find(api, inputs)
            if found is None:
                raise conflict
            return Existing(found, ours=False)
        return Created(dict(self.unwrap(response)))

    def find(self, api: Scoped, inputs: Any) -> Obj | None:
        # The tag list has no filter: the item GET finds a tag by name.
        try:
            return self.unwrap(api.get(self.path(self.item, inputs.model_dump(mode="json"))))
        except NotFoundError:
            return None

    def live_inputs(self, obj: Mapping[str, Any], state: Mapping[str, Any]) -> Obj:
        commit = obj.get("commit_hash")
        if state.get("commit") == "latest" and commit and commit == state.get("commit_hash"):
            commit = "latest"  # still on the commit `latest` named when the tag was set
        return {
            "repo_handle": state.get("repo_handle"),
            "owner": state.get("owner") or "-",
            "tag_name": obj.get("tag_name"),
            "commit": commit,
        }

    def update(
        self, api: Scoped, object_id: str, old: Any, new: Any, changed: list[str], state: Mapping[str, Any]
    ) -> Obj:
        values = new.model_dump(mode="json")
        if "commit" not in changed:  # `skip_webhooks` alone changes nothing on the server
            return self.read(api, object_id, state) or {}
        commit = self.commit_of(api, values)
        body = {"commit_id": str(commit["id"]), "skip_webhooks": values["skip_webhooks"]}
        return dict(self.unwrap(api.patch(self.path(self.item, values, object_id), body)))


KIND = Kind(
    name="PromptTag",
    description="A named tag (e.g. `prod`) on one commit of a prompt: moving it promotes that commit.",
    inputs=PromptTagInputs,
    outputs=PromptTagOutputs,
    # Create: GET the commit list (the tag takes the commit's id), POST the tag (a 409 reads the tag, to refuse
    # or adopt it). Read: GET the tag. Move: GET the commit list, PATCH the tag. Delete: DELETE the tag.
    api=PromptTags(
        "/api/v1/repos/{owner}/{repo_handle}/tags",
        "/api/v1/repos/{owner}/{repo_handle}/tags/{tag_name}",
        id_template="{owner}/{repo_handle}/{id}",
        lookup_first=False,
    ),
    docs=(
        "Promotion is a reviewed tag move: `commit` is an input, and changing it moves the tag with one PATCH, "
        "which calls the workspace's `PromptWebhook`s subscribed to `tag:update` (unless `skip_webhooks`). "
        "Three ways to say which commit:\n\n"
        '- a literal hash (`commit="a1b2c3d4"`): the tag moves only when the program changes the hash, the '
        "usual form for `prod` (the `langsmith-prod-prompts-promoted-by-tag` policy asks for it in production "
        "stacks);\n"
        "- the prompt's output (`commit=prompt.commit_hash`): the tag follows the prompt, and the preview of a "
        "template change shows the tag moving with it (usual for `staging` or `dev`);\n"
        "- `latest`: the latest commit at the time the tag is created or moved; later commits do not move it.\n\n"
        "A tag moved out of band (in the UI) shows as drift of `commit`, and the next `up` moves it back. "
        "Destroying the tag deletes it; the commit stays."
    ),
    conformance=Conformance(
        example={"repo_handle": "example-prompt", "tag_name": "prod", "commit": "latest"},
        update={"commit": "latest"},
        replace={"tag_name": "staging"},
        invalid=(
            ({"commit": "main"}, "commit"),
            ({"tag_name": "two words"}, "tag_name"),
            ({"repo_handle": "Not A Handle"}, "repo_handle"),
            ({"owner": "../etc"}, "owner"),
        ),
        drift=None,  # a move out of band needs a second commit the example cannot name: tests/test_prompt_tag.py
        setup="prompt_with_two_commits",
    ),
)
