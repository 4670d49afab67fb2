"""Resource kinds, one module each; the typed classes are generated into `pulumi_langsmith.typed`."""

from typing import Any

from .dataset import DataType
from .deployment import DeploymentSource, DeploymentType
from .project import TraceTier
from .prompt_webhook import PromptWebhookTrigger


def __getattr__(name: str) -> Any:
    """The generated typed classes (`pulumi_langsmith.typed`), loaded on first use."""
    import importlib

    typed = importlib.import_module("pulumi_langsmith.typed")

    if name == "ALL_PROVIDERS":
        return (*typed.ALL_PROVIDERS, *_HAND_WRITTEN)
    return getattr(typed, name)


_HAND_WRITTEN = ()

__all__ = [
    "DataType",
    "DeploymentSource",
    "DeploymentType",
    "PromptWebhookTrigger",
    "TraceTier",
]
