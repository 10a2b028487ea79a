"""Curator review page (``eims-extract review``): accept / correct / reject machine values with an audit trail."""

from .app import create_app, serve

__all__ = ["create_app", "serve"]
