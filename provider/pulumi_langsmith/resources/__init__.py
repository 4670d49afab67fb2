"""Resource kinds, one module each (each declares a `KIND`; see CONTRIBUTING.md). The registry discovers
them; their typed classes are generated into `pulumi_langsmith.typed` and served from here too."""

from typing import Any

from .dataset import DataType
from .deployment import DeploymentSource, DeploymentType
from .project import TraceTier
from .prompt_webhook import PromptWebhookTrigger
from .tagging import TaggedResourceType


def __getattr__(name: str) -> Any:
    """The generated typed classes and `ALL_PROVIDERS` (`pulumi_langsmith.typed`), loaded on first use."""
    import importlib

    return getattr(importlib.import_module("pulumi_langsmith.typed"), name)


__all__ = [
    "DataType",
    "DeploymentSource",
    "DeploymentType",
    "PromptWebhookTrigger",
    "TaggedResourceType",
    "TraceTier",
]
