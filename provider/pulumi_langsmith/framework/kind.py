"""`Kind`: the one declaration of a resource kind (inputs, outputs, API shape, conformance examples).

Everything else is derived from it: the engine's behaviour, the typed resource class (`codegen`), the
registry, schema.json and the docs.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar

from .fields import Behaviour, InputsModel, OutputsModel, behaviour_of

if TYPE_CHECKING:
    from .strategies import ApiShape

Scope = Literal["workspace", "organization", "deployment"]
"""Which LangSmith tenant a kind's objects belong to: a workspace (`X-Tenant-Id`), the organization, or one
deployment's Agent Server (its `url` input)."""

ENGINE_FIELDS = frozenset({"adopt_existing", "workspace_id"})
"""Input fields the engine handles itself; never sent to the API as body fields."""

InputsT = TypeVar("InputsT", bound=InputsModel)


@dataclass(frozen=True)
class Conformance:
    """Examples every kind declares for the conformance suite (`tests/test_conformance.py`)."""

    example: Mapping[str, Any]
    """Valid inputs for a create."""
    update: Mapping[str, Any]
    """Changes (merged over `example`) that update in place."""
    replace: Mapping[str, Any] | None
    """Changes (merged over `example`) that replace the object; None when nothing replaces."""
    invalid: tuple[tuple[Mapping[str, Any], str], ...]
    """(changes merged over `example`, the property the check failure must name)."""
    drift: Mapping[str, Any] | None = None
    """An out-of-band API change (merged into the live object's inputs) that refresh must show; None when
    nothing the API returns can drift."""
    setup: str | None = None
    """Name of the conformance fixture that prepares what the example needs (e.g. an active member)."""
    delete_forgets: bool = False
    """Destroy only forgets the object, which stays as it is (singleton settings, objects the API cannot
    delete): the suite checks it is still there after a delete, and skips deleting it out of band."""
    lost_create: str | None = None
    """Why the API leaves no safe recovery when a create's answer is lost (a blind retry could take over an
    object, or nothing can find it again). None: the next run finds or recreates exactly one object. The
    suite checks either: with a reason, the retry asks for adopt_existing (or, with nothing to find the object
    by, exactly the lost object stays)."""


@dataclass(frozen=True)
class Kind(Generic[InputsT]):
    """A resource kind: its models, its API shape and how it is checked."""

    name: str
    description: str
    inputs: type[InputsT]
    outputs: type[OutputsModel]
    api: ApiShape
    conformance: Conformance
    scope: Scope = "workspace"
    validate: Callable[[InputsT], list[tuple[str, str]]] | None = None
    """Cross-field rules: (property path, reason) pairs; checked at preview, no request."""
    delete_before_replace: bool = True
    """Whether a replacement deletes the old object first (False: create-before-delete, e.g. key rotation)."""
    docs: str = ""
    """Extra prose for the kind's reference page (API quirks the user should know)."""
    extra_state: tuple[str, ...] = field(default=())
    """Hidden state keys (beyond inputs and outputs) the API shape keeps between operations."""

    def __post_init__(self) -> None:
        self.api.bind(self)

    # -- derived from the field markers ----------------------------------------------------------

    def behaviour(self, name: str) -> Behaviour:
        info = self.inputs.model_fields.get(name) or self.outputs.model_fields.get(name)
        return behaviour_of(info) if info is not None else Behaviour()

    def _inputs_where(self, flag: str) -> frozenset[str]:
        return frozenset(n for n, f in self.inputs.model_fields.items() if getattr(behaviour_of(f), flag))

    @cached_property
    def replace_fields(self) -> frozenset[str]:
        return self._inputs_where("replace")

    @cached_property
    def natural_key(self) -> tuple[str, ...]:
        return tuple(n for n, f in self.inputs.model_fields.items() if behaviour_of(f).key)

    @cached_property
    def server_defaulted(self) -> frozenset[str]:
        return self._inputs_where("server_default")

    @cached_property
    def unordered_fields(self) -> frozenset[str]:
        return self._inputs_where("unordered")

    @cached_property
    def write_only_fields(self) -> frozenset[str]:
        return self._inputs_where("write_only")

    @cached_property
    def secret_inputs(self) -> frozenset[str]:
        return self._inputs_where("secret")

    @cached_property
    def secret_outputs(self) -> frozenset[str]:
        return frozenset(n for n, f in self.outputs.model_fields.items() if behaviour_of(f).secret)

    @cached_property
    def secret_fields(self) -> frozenset[str]:
        """Every secret property, input or output."""
        return self.secret_inputs | self.secret_outputs

    @cached_property
    def once_outputs(self) -> frozenset[str]:
        return frozenset(n for n, f in self.outputs.model_fields.items() if behaviour_of(f).once)

    @cached_property
    def api_fields(self) -> tuple[str, ...]:
        """Input fields sent to the API (engine-only fields excluded)."""
        return tuple(n for n in self.inputs.model_fields if n not in ENGINE_FIELDS)

    @cached_property
    def managed_fields(self) -> tuple[str, ...]:
        """Input fields compared by `diff`."""
        return tuple(n for n in self.inputs.model_fields if n != "adopt_existing")

    @cached_property
    def output_names(self) -> tuple[str, ...]:
        return tuple(n for n in self.outputs.model_fields if n not in self.inputs.model_fields)

    @property
    def type_token(self) -> str:
        return f"pulumi-python:dynamic/langsmith:{self.name}"

    def api_name(self, name: str) -> str:
        return self.behaviour(name).api_name or name
