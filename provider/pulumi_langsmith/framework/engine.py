"""The engine: `check`, `diff`, create/read/update/delete, outputs, secrets and error scrubbing, once for
every kind. It works on plain dicts and knows nothing of `pulumi.dynamic` (see `adapter.py`): the HTTP
behaviour is the kind's `ApiShape` strategy.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError as PydanticValidationError

from .. import redaction
from ..client import LangSmithClient
from ..errors import AlreadyExistsError, ApiError, ForbiddenError, NotFoundError
from .kind import ENGINE_FIELDS, Kind
from .scoped import Scoped, contains_unknown, workspace_is_gone
from .strategies.base import Existing

PROVIDER_KEY = "__provider"
OWNER_KEY = "__identity"
"""Hidden input naming the Pulumi resource (project/stack/kind/name). It seeds deterministic ids and owner
markers, so a retried create finds its own object while another stack's object is refused. (The wire key
keeps its historical name so existing stacks keep their state.)"""


@dataclass(frozen=True)
class Diff:
    changed: list[str]
    replaces: list[str]
    delete_before_replace: bool


@dataclass(frozen=True)
class ReadOutcome:
    """`id` None: the object is gone (Pulumi drops it). `inputs`: what the server holds, for refresh."""

    id: str | None
    outputs: dict[str, Any]
    inputs: dict[str, Any]


def property_path(loc: Iterable[Any]) -> str:
    """`("source_config", "resource_spec", 0)` → `source_config.resource_spec[0]`."""
    path = ""
    for part in loc:
        if isinstance(part, int):
            path += f"[{part}]"
        else:
            path += ("." if path else "") + str(part)
    return path


def _root(path: str) -> str:
    """`source_config.resource_spec[0]` → `source_config`."""
    return path.split(".", 1)[0].split("[", 1)[0]


def strip_hidden(props: Mapping[str, Any]) -> dict[str, Any]:
    """Props without the engine's hidden `__*` keys."""
    return {k: v for k, v in props.items() if not k.startswith("__")}


def hidden_of(props: Mapping[str, Any]) -> dict[str, Any]:
    """The engine's hidden `__*` keys of props (without the dynamic provider's own)."""
    return {k: v for k, v in props.items() if k.startswith("__") and k != PROVIDER_KEY}


def _secret_strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        if len(value) >= 4:
            yield value
    elif isinstance(value, Mapping):
        for v in value.values():
            yield from _secret_strings(v)
    elif isinstance(value, (list, tuple)):
        for v in value:
            yield from _secret_strings(v)


def scrub(text: str, secrets: Iterable[str]) -> str:
    """`text` with every secret value replaced."""
    for secret in sorted(set(secrets), key=len, reverse=True):
        text = text.replace(secret, "[SECRET]")
    return text


def scrub_value(value: Any, secrets: Iterable[str]) -> Any:
    """`value` (a string, or JSON-like data) with every secret value replaced in its strings."""
    secrets = list(secrets)
    if isinstance(value, str):
        return scrub(value, secrets)
    if isinstance(value, Mapping):
        return {k: scrub_value(v, secrets) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [scrub_value(v, secrets) for v in value]
    return value


class KindEngine:
    """Pulumi's resource lifecycle for one kind, over its API shape."""

    def __init__(self, kind: Kind[Any]) -> None:
        self.kind = kind
        self.shape = kind.api

    # -- models ---------------------------------------------------------------------------------

    def model(self, props: Mapping[str, Any]) -> Any:
        fields = self.kind.inputs.model_fields
        return self.kind.inputs.model_validate({k: v for k, v in props.items() if k in fields})

    def outputs(self, inputs: Any, obj: Mapping[str, Any], old: Mapping[str, Any] | None = None) -> dict[str, Any]:
        """Inputs plus the outputs the API computed; once-only outputs kept from `old` when the API omits them."""
        outs = inputs.model_dump(mode="json") if not isinstance(inputs, Mapping) else dict(inputs)
        outs.update(self.shape.outputs(obj))
        for name in self.kind.output_names:
            outs.setdefault(name, None)
        if old is not None:
            for name in self.kind.once_outputs:
                if outs.get(name) is None and old.get(name) is not None:
                    outs[name] = old[name]
            for name in self.shape.state_keys():
                if outs.get(name) is None and old.get(name) is not None:
                    outs[name] = old[name]
        return outs

    # -- check and diff -------------------------------------------------------------------------

    def check(self, olds: Mapping[str, Any], news: Mapping[str, Any]) -> tuple[dict[str, Any], list[tuple[str, str]]]:
        """(checked inputs, failures as (property, reason)). Never raises: any error is a failure."""
        try:
            return self._check(olds, news)
        except Exception as exc:  # a validator that crashed is still a property error, not a traceback
            reason = f"invalid value ({type(exc).__name__}: {exc})"
            return dict(news), [(prop, reason) for prop in self._crashing_properties(news)]

    def _crashing_properties(self, news: Mapping[str, Any]) -> list[str]:
        """The properties whose validation alone raises something other than a validation error (else the kind)."""
        crashing = []
        fields = self.kind.inputs.model_fields
        for name, value in strip_hidden(news).items():
            if name not in fields:
                continue
            try:
                self.kind.inputs.model_validate({name: value})
            except PydanticValidationError:
                continue  # other required inputs are missing here: not this property's fault
            except Exception:
                crashing.append(name)
        return crashing or [self.kind.name]

    def _check(self, olds: Mapping[str, Any], news: Mapping[str, Any]) -> tuple[dict[str, Any], list[tuple[str, str]]]:
        props = strip_hidden(news)
        unknown = {k for k, v in props.items() if contains_unknown(v)}
        failures: list[tuple[str, str]] = []
        try:
            model = self.kind.inputs.model_validate(props)
        except PydanticValidationError as exc:
            for error in exc.errors():
                loc = error.get("loc", ())
                if loc and loc[0] in unknown:
                    continue
                if error["type"] == "extra_forbidden":
                    allowed = ", ".join(self.kind.inputs.model_fields)
                    reason = f"unknown property of {self.kind.name}; expected one of: {allowed}"
                else:
                    reason = error["msg"]
                failures.append((property_path(loc) or self.kind.name, reason))
            if failures or not unknown:
                return dict(news), failures
            model = self._known_model(props, unknown)
        if unknown:
            # Rules of the shape still apply to the properties already known (e.g. an expiry in the past).
            if model is None:
                return dict(news), []
            known = [(p, r) for p, r in self.shape.check(model, strip_hidden(olds)) if _root(p) not in unknown]
            return dict(news), known
        if self.kind.validate is not None:
            failures.extend(self.kind.validate(model))
        failures.extend(self.shape.check(model, strip_hidden(olds)))
        if failures:
            return dict(news), failures
        hidden = hidden_of(news)
        hidden.update(self.shape.hidden_inputs(olds, news, str(news.get(OWNER_KEY) or "")))
        return {**model.model_dump(mode="json"), **hidden}, []

    def _known_model(self, props: Mapping[str, Any], unknown: set[str]) -> Any:
        """The inputs model of the known properties only (None when an unknown one is required)."""
        try:
            return self.kind.inputs.model_validate({k: v for k, v in props.items() if k not in unknown})
        except PydanticValidationError:
            return None

    def changed_fields(self, olds: Mapping[str, Any], news: Mapping[str, Any]) -> list[str]:
        changed = []
        for name in self.kind.managed_fields:
            old, new = olds.get(name), news.get(name)
            if new is None and name in self.kind.server_defaulted:
                continue
            if contains_unknown(new):
                changed.append(name)
                continue
            if name == "workspace_id":
                # Compared with the workspace the object is in: naming it explicitly, or dropping the
                # name, must not replace (and so delete) the object. Only a different workspace moves it.
                where = old or olds.get("tenant_id")
                if new is not None and str(new).lower() != str(where or "").lower():
                    changed.append(name)
                continue
            if not self.shape.same(name, old, new):
                changed.append(name)
        return changed

    def diff(self, olds: Mapping[str, Any], news: Mapping[str, Any]) -> Diff:
        olds, news = strip_hidden(olds), strip_hidden(news)
        changed = self.shape.changed_fields(self, olds, news)
        replaces = self.shape.replacing(changed, olds, news)
        return Diff(changed, replaces, self.shape.delete_first(changed, replaces))

    # -- lifecycle ------------------------------------------------------------------------------

    @contextmanager
    def scrubbed(self, *props: Mapping[str, Any]) -> Iterator[None]:
        """Errors raised inside never carry a secret input's value (even when the server echoes it)."""
        secrets = [s for p in props for name in self.kind.secret_fields for s in _secret_strings(p.get(name))]
        try:
            with redaction.registered(secrets):  # and no log record of ours, httpx's or httpcore's carries one
                yield
        except ApiError as exc:
            if secrets:
                exc.detail = scrub_value(exc.detail, secrets)
                exc.path = scrub(exc.path, secrets)
                exc.args = (exc._message(),)
            raise
        except Exception as exc:
            if secrets:
                exc.args = tuple(scrub_value(a, secrets) for a in exc.args)
            raise

    def create(self, client: LangSmithClient, props: Mapping[str, Any]) -> tuple[str, dict[str, Any]]:
        inputs = self.model(strip_hidden(props))
        with self.scrubbed(props):
            api = self.shape.scoped(client, inputs.model_dump(mode="json"))
            api.hidden = hidden_of(props)
            outcome = self.shape.create(api, inputs, str(props.get(OWNER_KEY) or ""))
            obj = outcome.obj
            if isinstance(outcome, Existing):
                if not outcome.ours and not getattr(inputs, "adopt_existing", False):
                    raise AlreadyExistsError(self.shape.exists_message(outcome.obj, api))
                obj = self.converge(api, inputs, outcome.obj)
            return self.shape.object_id(obj, inputs), self.outputs(inputs, obj)

    def converge(self, api: Scoped, inputs: Any, obj: dict[str, Any]) -> dict[str, Any]:
        """Bring an adopted (or our own, found again) object to the desired inputs."""
        desired = inputs.model_dump(mode="json")
        live = {**desired, **self.shape.live_inputs(obj, desired)}
        changed = self.changed_fields(live, desired)
        blocked = [f for f in changed if f in self.kind.replace_fields and f not in ENGINE_FIELDS]
        if blocked:
            raise AlreadyExistsError(
                f"cannot adopt {self.kind.name} {self.shape.object_id(obj, inputs)}: "
                + ", ".join(f"{f} is {live.get(f)!r} but the inputs ask for {desired.get(f)!r}" for f in blocked)
                + " and cannot change in place"
            )
        if not changed:
            return obj
        object_id = self.shape.object_id(obj, inputs)
        api = self.shape.scoped(api.client, desired, object_id)
        return self.shape.update(api, object_id, self.model(live), inputs, changed, {**live, **obj})

    def read(self, client: LangSmithClient, object_id: str, props: Mapping[str, Any]) -> ReadOutcome:
        current = strip_hidden(props)
        api = self.shape.scoped(client, current, object_id)
        try:
            obj = self.shape.read(api, object_id, current)
        except NotFoundError:
            obj = None
        except ForbiddenError:
            if not workspace_is_gone(api):  # objects of a deleted workspace: the API answers 403
                raise
            obj = None
        if obj is None:
            return ReadOutcome(None, {}, {})
        engine = {k: current[k] for k in ENGINE_FIELDS if k in self.kind.inputs.model_fields and k in current}
        kept = {k: current.get(k) for k in self.kind.write_only_fields}
        inputs = {**engine, **kept, **self.shape.live_inputs(obj, current)}
        try:
            model = self.model(inputs)
        except PydanticValidationError:
            model = None
        else:  # a value the server leaves out is the input's default (e.g. a dataset's `kv` data type)
            dumped = model.model_dump(mode="json")
            inputs = {k: dumped[k] if v is None else v for k, v in inputs.items()}
        outs = self.outputs(inputs if model is None else model, obj, current)
        return ReadOutcome(object_id, outs, {k: v for k, v in inputs.items() if v is not None})

    def update(
        self, client: LangSmithClient, object_id: str, olds: Mapping[str, Any], news: Mapping[str, Any]
    ) -> dict[str, Any]:
        new = self.model(strip_hidden(news))
        old_props = strip_hidden(olds)
        with self.scrubbed(olds, news):
            api = self.shape.scoped(client, old_props, object_id)
            api.owner = str(news.get(OWNER_KEY) or olds.get(OWNER_KEY) or "")
            api.hidden = hidden_of(news)
            changed = self.shape.changed_fields(self, old_props, new.model_dump(mode="json"))
            obj = self.shape.update(api, object_id, self.model(old_props), new, changed, old_props)
            return self.outputs(new, obj, old_props)

    def delete(self, client: LangSmithClient, object_id: str, props: Mapping[str, Any]) -> None:
        current = strip_hidden(props)
        with self.scrubbed(props):
            self.shape.delete(self.shape.scoped(client, current, object_id), object_id, current)
