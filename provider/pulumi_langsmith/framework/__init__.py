"""The kind framework: a kind is declared once (inputs and outputs models with field markers, an API
shape, conformance examples); the engine, the Pulumi adapter, the typed classes, schema.json and the docs
are derived from that declaration. See CONTRIBUTING.md.
"""

from .fields import (
    AdoptableInputs,
    Behaviour,
    InputsModel,
    NestedInputs,
    OutputsModel,
    Uuid,
    WorkspaceInputs,
    WorkspaceScopedInputs,
    field,
)
from .kind import ENGINE_FIELDS, Conformance, Kind, Scope
from .scoped import Scoped, canonical, contains_unknown
from .strategies import (
    ApiShape,
    AppendOnlyChildren,
    ControlPlaneDeployment,
    Created,
    Existing,
    Invitation,
    KeyedCollection,
    KeyedPut,
    ListOnlyRead,
    Membership,
    ParentListedPair,
    PutUpsert,
    RestCollection,
    ScimResource,
    ShownOnce,
    Singleton,
    UpsertList,
)

__all__ = [
    "ENGINE_FIELDS",
    "AdoptableInputs",
    "ApiShape",
    "AppendOnlyChildren",
    "Behaviour",
    "Conformance",
    "ControlPlaneDeployment",
    "Created",
    "Existing",
    "InputsModel",
    "Invitation",
    "KeyedCollection",
    "KeyedPut",
    "Kind",
    "ListOnlyRead",
    "Membership",
    "NestedInputs",
    "OutputsModel",
    "ParentListedPair",
    "PutUpsert",
    "RestCollection",
    "ScimResource",
    "Scope",
    "Scoped",
    "ShownOnce",
    "Singleton",
    "UpsertList",
    "Uuid",
    "WorkspaceInputs",
    "WorkspaceScopedInputs",
    "canonical",
    "contains_unknown",
    "field",
]
