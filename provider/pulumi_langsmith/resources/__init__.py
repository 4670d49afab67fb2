"""Resource kinds, one module each. `ALL_SPECS` lists every kind's spec (schema, docs, tests)."""

from .dataset import Dataset, DatasetProvider, DatasetSpec, DataType
from .project import Project, ProjectProvider, ProjectSpec, TraceTier
from .workspace import Workspace, WorkspaceProvider, WorkspaceSpec

ALL_PROVIDERS = (WorkspaceProvider, DatasetProvider, ProjectProvider)

__all__ = [
    "ALL_PROVIDERS",
    "DataType",
    "Dataset",
    "DatasetProvider",
    "DatasetSpec",
    "Project",
    "ProjectProvider",
    "ProjectSpec",
    "TraceTier",
    "Workspace",
    "WorkspaceProvider",
    "WorkspaceSpec",
]
