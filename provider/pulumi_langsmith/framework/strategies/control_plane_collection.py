"""A plain REST collection on the control plane (`Api.CONTROL_PLANE`), e.g. `/v2/listeners`.

`RestCollection` with every request sent to the control-plane endpoint (`langsmith:controlPlaneEndpoint`)
and lists read the control plane's way: `{resources: [...], offset: <next offset>}` pages. Requests are
`RestCollection`'s: create 1 (a 409 lists the collection to refuse or adopt the natural key), read 1,
update 1, delete 1.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from ...client import Api, LangSmithClient
from ..scoped import Scoped
from .rest import RestCollection


@dataclass
class ControlPlaneScoped(Scoped):
    """A `Scoped` whose requests go to the control plane and whose lists are `{resources, offset}` pages."""

    def request(self, method: str, path: str, **kwargs: Any) -> Any:
        kwargs.setdefault("api", Api.CONTROL_PLANE)
        return super().request(method, path, **kwargs)

    def paginate(self, path: str, **kwargs: Any) -> Iterable[Any]:
        kwargs.setdefault("tenant_id", self.tenant_id)
        return self.client.paginate_resources(path, **kwargs)


class ControlPlaneCollection(RestCollection):
    """A REST collection served by the control plane (same options as `RestCollection`)."""

    def scoped(self, client: LangSmithClient, props: Mapping[str, Any], object_id: str | None = None) -> Scoped:
        base = super().scoped(client, props, object_id)
        return ControlPlaneScoped(base.client, tenant_id=base.tenant_id, organization_id=base.organization_id)
