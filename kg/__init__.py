"""kg: knowledge graphs of bilateral relations from news articles."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kg.errors import KgError
from kg.version import __version__

if TYPE_CHECKING:
    from kg.pipeline import build
    from kg.knowledge_graph import KnowledgeGraph

__all__ = ["KgError", "KnowledgeGraph", "__version__", "build"]

def __getattr__(name: str) -> Any:
    """Import build and KnowledgeGraph on first use, so `import kg` stays fast (spaCy loads only when needed)."""
    if name == "build":
        from kg.pipeline import build

        return build
    if name == "KnowledgeGraph":
        from kg.knowledge_graph import KnowledgeGraph

        return KnowledgeGraph
    raise AttributeError(f"module 'kg' has no attribute {name!r}")
