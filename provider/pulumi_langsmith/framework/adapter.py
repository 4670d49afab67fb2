"""The one front door to Pulumi's dynamic-provider protocol: `KindProvider` maps `check`, `diff`, `create`,
`read`, `update` and `delete` onto the engine, and `KindResource` is the base of the generated typed
classes. Nothing else in the framework imports `pulumi.dynamic`.
"""

from __future__ import annotations

import importlib
import sys
import threading
import traceback
from collections.abc import Mapping
from typing import Any, ClassVar

import pulumi
import pulumi.dynamic as dynamic
from pulumi.runtime import rpc

from ..client import LangSmithClient
from ..config import ProviderSettings, resolve_settings
from ..errors import ConfigurationError, LangSmithProviderError
from .engine import OWNER_KEY, KindEngine
from .kind import Kind


def unwrap_secrets(value: Any) -> Any:
    """`value` with every secret wrapper (from state) replaced by its plain value."""
    if isinstance(value, Mapping):
        if value.get(rpc._special_sig_key) == rpc._special_secret_sig:
            return unwrap_secrets(value.get("value"))
        return {k: unwrap_secrets(v) for k, v in value.items()}
    if isinstance(value, list):
        return [unwrap_secrets(v) for v in value]
    return value


class _OneLineKnownErrors:
    """Stands in for the `traceback` module inside the dynamic-provider host (`python -m pulumi.dynamic`).

    Since pulumi 3.260 the host answers every exception of Check/Diff/Create/Read/Update/Delete with
    `traceback.format_exc()` as the gRPC details, which the CLI prints as the resource's error. For this
    package's own errors (configuration, HTTP status, adoption) the message is the whole story: the
    details become that one line. Anything else keeps its traceback.
    """

    def __getattr__(self, name: str) -> Any:
        return getattr(traceback, name)

    @staticmethod
    def format_exc(limit: int | None = None, chain: bool = True) -> str:
        error = sys.exc_info()[1]
        if isinstance(error, LangSmithProviderError):
            return str(error)
        return traceback.format_exc(limit=limit, chain=chain)


def quiet_known_errors() -> None:
    """In the dynamic-provider host only: report this package's errors without a traceback."""
    host = sys.modules.get("__main__")
    if getattr(host, "_abort_with_traceback", None) is not None and getattr(host, "traceback", None) is traceback:
        host.traceback = _OneLineKnownErrors()  # type: ignore[union-attr]


class _KindOfModule:
    """`KindProvider.kind` where a class names its `kind_module`: that module's `KIND`, imported on first use.

    The generated classes name their kind module rather than import it, so that a process loading the typed
    classes imports only the kinds it uses (each Pulumi program and dynamic-provider host pays for imports).
    """

    def __get__(self, instance: object, owner: type[KindProvider]) -> Kind[Any]:
        kind: Kind[Any] | None = owner.__dict__.get("_kind")
        if kind is None:
            kind = importlib.import_module(owner.kind_module).KIND
            owner._kind = kind
        return kind


class KindProvider(dynamic.ResourceProvider):
    """The dynamic provider of one kind. Instances pickle by reference and hold no client or secret.

    A subclass sets `kind`, or names the module that declares it in `kind_module` (the generated classes).
    """

    kind: ClassVar[Kind[Any]] = _KindOfModule()  # type: ignore[assignment]
    kind_module: ClassVar[str]
    _kind: ClassVar[Kind[Any] | None]
    serialize_as_secret_always = False
    _engines: ClassVar[dict[str, KindEngine]] = {}
    _engines_lock = threading.Lock()

    # Nothing of an instance is ever pickled: settings are resolved in the provider process.
    def __getstate__(self) -> dict[str, Any]:
        return {}

    def __setstate__(self, state: dict[str, Any]) -> None:
        pass

    @property
    def engine(self) -> KindEngine:
        with self._engines_lock:
            engine = self._engines.get(self.kind.name)
            if engine is None or engine.kind is not self.kind:
                engine = self._engines[self.kind.name] = KindEngine(self.kind)
            return engine

    def configure(self, req: dynamic.ConfigureRequest) -> None:
        quiet_known_errors()
        try:
            self._settings: ProviderSettings | None = resolve_settings(req.config.get)
            self._config_error: ConfigurationError | None = None
        except ConfigurationError as exc:
            self._settings, self._config_error = None, exc

    def client(self) -> LangSmithClient:
        """A client for the configured settings (stack config, else the environment at call time)."""
        error = getattr(self, "_config_error", None)
        if error is not None:
            raise error
        settings = getattr(self, "_settings", None) or resolve_settings()
        return LangSmithClient(settings)

    def _wrap(self, outs: dict[str, Any]) -> dict[str, Any]:
        for name in self.kind.secret_fields:
            if outs.get(name) is not None:
                outs[name] = rpc.wrap_rpc_secret(unwrap_secrets(outs[name]))
        return outs

    # -- protocol -------------------------------------------------------------------------------

    def configuration_problem(self) -> str | None:
        """Why the configured settings cannot work for this kind (bad config, no credential), without a request.

        None before `configure` (the host always configures a provider before its first call).
        """
        if not hasattr(self, "_config_error"):
            return None
        if self._config_error is not None:
            return str(self._config_error)
        from .strategies.scim import ScimResource

        settings = self._settings or resolve_settings()
        try:
            if isinstance(self.kind.api, ScimResource):  # SCIM kinds authenticate with the SCIM token
                settings.require_scim_token()
            else:
                settings.require_api_key()
        except ConfigurationError as error:
            return str(error)
        return None

    def check(self, _olds: dict[str, Any], news: dict[str, Any]) -> dynamic.CheckResult:
        inputs, failures = self.engine.check(unwrap_secrets(_olds or {}), news)
        problem = self.configuration_problem()
        if problem:
            # An empty property: the CLI prints "<type> resource '<name>' has a problem: <reason>" at preview.
            failures = [("", problem), *failures]
        return dynamic.CheckResult(inputs, [dynamic.CheckFailure(p, r) for p, r in failures])

    def diff(self, _id: str, olds: dict[str, Any], news: dict[str, Any]) -> dynamic.DiffResult:
        diff = self.engine.diff(unwrap_secrets(olds), unwrap_secrets(news))
        return dynamic.DiffResult(
            changes=bool(diff.changed), replaces=diff.replaces, delete_before_replace=diff.delete_before_replace
        )

    def create(self, props: dict[str, Any]) -> dynamic.CreateResult:
        object_id, outs = self.engine.create(self.client(), unwrap_secrets(props))
        return dynamic.CreateResult(object_id, self._wrap(outs))

    def read(self, id_: str, props: dict[str, Any]) -> dynamic.ReadResult:
        outcome = self.engine.read(self.client(), id_, unwrap_secrets(props))
        if outcome.id is None:
            return dynamic.ReadResult(None, {})
        return dynamic.ReadResult(outcome.id, self._wrap(outcome.outputs), outcome.inputs)

    def update(self, id_: str, olds: dict[str, Any], news: dict[str, Any]) -> dynamic.UpdateResult:
        outs = self.engine.update(self.client(), id_, unwrap_secrets(olds), unwrap_secrets(news))
        return dynamic.UpdateResult(self._wrap(outs))

    def delete(self, id_: str, props: dict[str, Any]) -> None:
        self.engine.delete(self.client(), id_, unwrap_secrets(props))


def resolve_args(
    args_class: type, args: tuple[Any, ...], kwargs: dict[str, Any]
) -> tuple[dict[str, Any], pulumi.ResourceOptions | None]:
    """The props and options of a typed class's `__init__`, called with an `Args` object or with keywords."""
    opts = kwargs.pop("opts", None)
    rest = list(args)
    if rest and isinstance(rest[0], args_class):
        given = rest.pop(0)
        if kwargs:
            raise TypeError(f"give the arguments either as {args_class.__name__} or as keywords, not both")
        props = given.to_props()
    else:
        props = args_class(**kwargs).to_props()
    if rest:
        opts = rest.pop(0)
    if rest:
        raise TypeError(f"unexpected positional arguments: {rest!r}")
    return props, opts


class KindResource(dynamic.Resource):
    """Base of the generated typed classes: wires the kind's provider, inputs and declared outputs."""

    _provider_class: ClassVar[type[KindProvider]]

    def __init__(
        self,
        resource_name: str,
        props: Mapping[str, Any],
        opts: pulumi.ResourceOptions | None = None,
    ) -> None:
        kind = self._provider_class.kind
        allowed = set(kind.inputs.model_fields)
        unknown = set(props) - allowed
        if unknown:
            raise TypeError(f"{kind.name}: unknown argument(s) {sorted(unknown)}; expected {sorted(allowed)}")
        all_props: dict[str, Any] = {name: None for name in (*kind.output_names, *kind.extra_state)}
        all_props.update(props)
        all_props[OWNER_KEY] = f"{pulumi.get_project()}/{pulumi.get_stack()}/{kind.name}/{resource_name}"
        for name in kind.secret_inputs:
            # Every secret input is wrapped here, once for all kinds: a plain string must not reach the
            # state's inputs unencrypted (outputs are covered by `additional_secret_outputs` below).
            if all_props.get(name) is not None:
                all_props[name] = pulumi.Output.secret(all_props[name])
        secrets = sorted(kind.secret_fields)
        if secrets:
            opts = pulumi.ResourceOptions.merge(opts, pulumi.ResourceOptions(additional_secret_outputs=secrets))
        super().__init__(self._provider_class(), resource_name, all_props, opts)
