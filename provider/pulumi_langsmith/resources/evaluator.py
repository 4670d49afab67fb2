"""`Evaluator`: an LLM-as-judge or code evaluator that run rules use (`/v1/platform/evaluators`, the Go service)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from ..errors import ConflictError, ForbiddenError, NotFoundError
from ..framework import Conformance, Kind, OutputsModel, RestCollection, Uuid, WorkspaceScopedInputs, field
from ..framework.scoped import Scoped, workspace_is_gone

EVALUATORS_PATH = "/v1/platform/evaluators"
RULES_PATH = "/api/v1/runs/rules"
EvaluatorType = Literal["llm", "code"]


class _Nested(BaseModel):
    model_config = ConfigDict(extra="forbid")


class LlmEvaluatorInputs(_Nested):
    """An LLM-as-judge: a prompt of the hub, with the model configuration to run it."""

    prompt_repo_handle: str = Field(
        min_length=1, max_length=1024, description="The judge prompt in the prompt hub, e.g. `my-judge`."
    )
    commit_hash_or_tag: str | None = Field(
        default=None, min_length=1, max_length=256, description="Commit or tag of the prompt (default: latest)."
    )
    variable_mapping: dict[str, Annotated[str, Field(max_length=1024)]] | None = Field(
        default=None, max_length=64, description="Prompt variable → run or example path, e.g. `{question: input}`."
    )
    playground_settings_id: Uuid | None = Field(
        default=None,
        description="Model configuration to run the prompt with. Write-only: the API does not return it, so a "
        "change made elsewhere is not seen.",
    )


class CodeEvaluatorInputs(_Nested):
    """A code evaluator: a `perform_eval(run, example)` function."""

    code: str = Field(min_length=1, max_length=100_000, description="Source of the evaluator function.")
    language: Literal["python", "javascript"] = Field(default="python", description="`python` or `javascript`.")


class EvaluatorInputs(WorkspaceScopedInputs):
    name: str = field(
        key=True,
        min_length=1,
        max_length=255,
        description="Evaluator name. Names need not be unique in LangSmith; with `adopt_existing` the one "
        "evaluator of this name is adopted.",
    )
    type: EvaluatorType = field(replace=True, description="`llm` or `code`; fixed at creation (a change replaces).")
    llm_evaluator: LlmEvaluatorInputs | None = field(None, description="The judge, for `type: llm`.")
    code_evaluator: CodeEvaluatorInputs | None = field(None, description="The code, for `type: code`.")
    delete_run_rules: bool = field(
        False,
        write_only=True,
        description="On destroy, delete the run rules that still use the evaluator (`?delete_run_rules=true`). "
        "Off by default: LangSmith refuses to delete an evaluator in use (409), and a rule that takes "
        "`evaluator.id` is destroyed first anyway.",
    )


class EvaluatorOutputs(OutputsModel):
    tenant_id: str | None = field(None, description="Workspace that holds the evaluator.")
    created_at: str | None = field(None, description="Creation time.")
    updated_at: str | None = field(None, description="Last update time.")
    feedback_keys: list[str] | None = field(None, description="Feedback keys the evaluator writes.")


def _one_config(inputs: EvaluatorInputs) -> list[tuple[str, str]]:
    wanted, other = ("llm_evaluator", "code_evaluator") if inputs.type == "llm" else ("code_evaluator", "llm_evaluator")
    failures = []
    if getattr(inputs, wanted) is None:
        failures.append((wanted, f"a `{inputs.type}` evaluator needs {wanted}"))
    if getattr(inputs, other) is not None:
        failures.append((other, f"a `{inputs.type}` evaluator takes {wanted}, not {other}"))
    return failures


_CONFIG_FIELDS = {
    "llm_evaluator": tuple(LlmEvaluatorInputs.model_fields),
    "code_evaluator": tuple(CodeEvaluatorInputs.model_fields),
}
_CLEARED: dict[str, Any] = {"commit_hash_or_tag": "", "variable_mapping": {}}
"""What clears an optional config field: the Go service reads an omitted or null field as "unchanged"."""


class Evaluators(RestCollection):
    """Create and PATCH answer `{evaluator: {...}}`, GET answers the evaluator bare (`envelope` unwraps both).
    The list answers `{evaluators, total}` and filters by `name_contains` (a substring, any case)."""

    def find(self, api: Scoped, inputs: Any) -> dict[str, Any] | None:
        listed = api.get(EVALUATORS_PATH, params={"name_contains": inputs.name, "limit": 100}) or {}
        for obj in listed.get("evaluators") or []:
            if obj.get("name") == inputs.name:
                return dict(obj)
        return None

    def to_api(self, inputs: Any, fields: Any = None) -> dict[str, Any]:
        body = super().to_api(inputs, fields)
        body.pop("delete_run_rules", None)  # an input of the destroy, never sent
        for name in _CONFIG_FIELDS:
            if isinstance(body.get(name), Mapping):
                body[name] = {k: v for k, v in body[name].items() if v is not None}
        return body

    def update_body(self, old: Any, new: Any, changed: list[str], live: Mapping[str, Any]) -> dict[str, Any]:
        body = super().update_body(old, new, changed, live)
        body.pop("type", None)  # fixed at creation (a change replaces)
        for name in _CONFIG_FIELDS:
            if isinstance(body.get(name), Mapping):
                previous = (old.model_dump(mode="json").get(name) or {}) if old is not None else {}
                cleared = {
                    k: _CLEARED[k] for k in _CLEARED if previous.get(k) is not None and body[name].get(k) is None
                }
                body[name] = {**body[name], **cleared}
        return body

    def live_inputs(self, obj: Mapping[str, Any], state: Mapping[str, Any]) -> dict[str, Any]:
        live: dict[str, Any] = {"name": obj.get("name"), "type": obj.get("type")}
        for name, fields in _CONFIG_FIELDS.items():
            config = obj.get(name)
            if not isinstance(config, Mapping):
                live[name] = None
                continue
            values = {k: config.get(k) or None for k in fields}
            # Not returned by the API: the value in state stands.
            kept = (state.get(name) or {}) if isinstance(state.get(name), Mapping) else {}
            if name == "llm_evaluator":
                values["playground_settings_id"] = kept.get("playground_settings_id")
            else:
                values["language"] = config.get("language") or "python"
            live[name] = values
        return live

    def delete(self, api: Scoped, object_id: str, state: Mapping[str, Any]) -> None:
        params = {"delete_run_rules": "true"} if state.get("delete_run_rules") else None
        try:
            api.delete(self.path(self.item, state, object_id), params=params)
        except NotFoundError:
            pass
        except ForbiddenError:
            if not workspace_is_gone(api):
                raise
        except ConflictError as conflict:
            # The API says only "in use": name the rules (one more request, on this error path only).
            rules = api.get(RULES_PATH, params={"evaluator_id": self.own_id(object_id)}) or []
            names = ", ".join(f"{r.get('display_name')!r} ({r.get('id')})" for r in rules) or "unknown rules"
            conflict.detail = (
                f"evaluator {state.get('name')!r} is still used by run rules {names}: destroy or repoint "
                "those rules first (a RunRule that takes `evaluator.id` is ordered before it), or set "
                "delete_run_rules=True to delete them with the evaluator"
            )
            conflict.args = (conflict._message(),)
            raise


KIND = Kind(
    name="Evaluator",
    description="An LLM-as-judge or code evaluator of the workspace, which run rules use to score runs.",
    inputs=EvaluatorInputs,
    outputs=EvaluatorOutputs,
    validate=_one_config,
    # No client ids and no unique name: create looks the name up first (one GET), then POSTs; a POST whose
    # response is lost is recovered by the same lookup. Read is one GET (bare), update one PATCH (its
    # `{evaluator}` is the new state), delete one DELETE (409 while rules use it: see `delete`).
    api=Evaluators(EVALUATORS_PATH, envelope="evaluator", list_filter="name_contains", paginated=False),
    docs="LangSmith answers a DELETE with 409 while run rules use the evaluator. A `RunRule` that takes "
    "`evaluator_id=evaluator.id` depends on it, so `pulumi destroy` deletes the rule first; rules made "
    "elsewhere block the destroy unless `delete_run_rules` is set. A change of `type` replaces the evaluator "
    "(delete first): repoint or remove the rules that use it in the same update, or set `delete_run_rules`.",
    conformance=Conformance(
        example={
            "name": "conformance-evaluator",
            "type": "code",
            "code_evaluator": {"code": "def perform_eval(run, example):\n    return {'score': 1}"},
        },
        update={"code_evaluator": {"code": "def perform_eval(run, example):\n    return {'score': 0}"}},
        replace={"type": "llm", "code_evaluator": None, "llm_evaluator": {"prompt_repo_handle": "my-judge"}},
        invalid=(
            ({"name": ""}, "name"),
            ({"type": "sql"}, "type"),
            ({"type": "llm"}, "llm_evaluator"),
            ({"code_evaluator": {"code": "x", "language": "cobol"}}, "code_evaluator"),
        ),
        drift={"code_evaluator": {"code": "def perform_eval(run, example):\n    return None", "language": "python"}},
    ),
)
