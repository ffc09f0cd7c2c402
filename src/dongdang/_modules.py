"""Public homes: the names a subpackage's private modules define report the package they belong to.

A module that holds several ideas becomes a package whose private modules
(``dongdang.gates._registry``) define the names and whose ``__init__`` imports
them and lists them in ``__all__``. :func:`public_home` then sets each listed
class's and function's ``__module__`` to the package, so that reprs, pickles,
error messages and the documentation keep naming the public path
(``dongdang.gates.GatePair``), as before the split.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping


def public_home(name: str, public: Iterable[str], namespace: Mapping[str, object]) -> None:
    """Make each class and function of ``public`` defined below ``name`` report ``name`` as home.

    Called at the end of a package's ``__init__`` as
    ``public_home(__name__, __all__, globals())``. Functions wrapped by
    :func:`functools.cache` count as functions. Names defined outside the
    package (re-exported from elsewhere) and constants are left as they are.

    >>> import types
    >>> package = types.ModuleType("pkg")
    >>> def helper() -> None: ...
    >>> helper.__module__ = "pkg._private"
    >>> public_home("pkg", ["helper"], {"helper": helper})
    >>> helper.__module__
    'pkg'
    """
    for attribute in public:
        value = namespace[attribute]
        if not callable(value):  # a constant: it has no home of its own
            continue
        home = getattr(value, "__module__", None)
        if isinstance(home, str) and home.startswith(name + "."):
            value.__module__ = name
