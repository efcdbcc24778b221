"""Decoding and building a page with the garbage collector paused.

A parsed page is a tree of a few thousand objects without a reference cycle, so nothing that
a collection could free appears while it is built; yet every 700 new objects start a pass over
the unfinished page, about a third of the time the build takes. `without_collector` pauses the
collector for the decode and the build (as Mercurial's `util.nogc` does, for the same reason);
the next collection sees the finished page once. A collector that was off stays off.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from typing import ParamSpec, TypeVar

__all__ = ["without_collector"]

P = ParamSpec("P")
T = TypeVar("T")


def without_collector(build: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> T:
    """`build(*args, **kwargs)` with the cyclic garbage collector paused (and restored, even on
    error)."""
    if not gc.isenabled():
        return build(*args, **kwargs)
    gc.disable()
    try:
        return build(*args, **kwargs)
    finally:
        gc.enable()
