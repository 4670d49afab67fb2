"""API shapes: the reusable HTTP behaviours a kind chooses from (one module per shape)."""

from .append_only import AppendOnlyChildren
from .association import Association
from .base import ApiShape, Created, Existing, delete_tolerantly
from .bulk_rows import BulkRows
from .control_plane import ControlPlaneDeployment
from .control_plane_collection import ControlPlaneCollection
from .invitation import Invitation, Membership
from .keyed import KeyedCollection
from .keyed_put import KeyedPut
from .member_set import MemberSet
from .put_upsert import PutUpsert
from .reconciled import ReconciledSetting
from .rest import ListOnlyRead, RestCollection
from .scim import ScimResource
from .server_upsert import ServerUpsert
from .shown_once import ShownOnce
from .singleton import PostedSingleton, Singleton
from .upsert import UpsertList

__all__ = [
    "ApiShape",
    "AppendOnlyChildren",
    "Association",
    "BulkRows",
    "ControlPlaneCollection",
    "ControlPlaneDeployment",
    "Created",
    "Existing",
    "Invitation",
    "KeyedCollection",
    "KeyedPut",
    "ListOnlyRead",
    "MemberSet",
    "Membership",
    "PostedSingleton",
    "PutUpsert",
    "ReconciledSetting",
    "RestCollection",
    "ScimResource",
    "ServerUpsert",
    "ShownOnce",
    "Singleton",
    "UpsertList",
    "delete_tolerantly",
]
