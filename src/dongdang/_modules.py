"""Public homes: the names a subpackage's private modules define report the package they belong to.

A module that holds several ideas becomes a package whose private modules
(``dongdang.gates._registry``) define the names and whose ``__init__`` imports
them and lists them in ``__all__``. :func:`public_home` then sets each listed
class's and function's ``__module__`` to the package, so that reprs, pickles,
error messages and the documentation keep naming the public path
(``dongdang.gates.GatePair``), as before the split.

It also lists the examples of the classes' methods in the package's
``__test__``: the doctest finder takes a method's examples only from the module
the method reports (a private one), and a class's only from the module the
class reports (the package), so without it the methods' examples would run
from neither.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Iterable, MutableMapping


def public_home(name: str, public: Iterable[str], namespace: MutableMapping[str, Any]) -> None:
    """Make each class and function of ``public`` defined below ``name`` report ``name`` as home.

    Called at the end of a package's ``__init__`` as
    ``public_home(__name__, __all__, globals())``. Functions wrapped by
    :func:`functools.cache` count as functions. Names defined outside the
    package (re-exported from elsewhere) and constants are left as they are.
    The methods with examples of each class moved are added to the package's
    ``__test__`` (made if missing), as ``"Class.method"``, so that doctest
    runs them.

    >>> import types
    >>> package = types.ModuleType("pkg")
    >>> def helper() -> None: ...
    >>> helper.__module__ = "pkg._private"
    >>> public_home("pkg", ["helper"], {"helper": helper})
    >>> helper.__module__
    'pkg'
    """
    examples: dict[str, object] = {}
    for attribute in public:
        value = namespace[attribute]
        if not callable(value):  # a constant: it has no home of its own
            continue
        home = getattr(value, "__module__", None)
        if isinstance(home, str) and home.startswith(name + "."):
            value.__module__ = name
            if isinstance(value, type):
                examples |= _method_examples(value, home)
    if examples:
        namespace.setdefault("__test__", {}).update(examples)


def _method_examples(kind: type, home: str) -> dict[str, object]:
    """The methods of ``kind`` defined in ``home`` whose docstrings hold examples, by name."""
    found: dict[str, object] = {}
    for attribute, member in vars(kind).items():
        function = getattr(member, "__func__", member)  # a classmethod's or staticmethod's own
        if (
            callable(function)
            and getattr(function, "__module__", None) == home
            and ">>>" in (getattr(function, "__doc__", None) or "")
        ):
            found[f"{kind.__name__}.{attribute}"] = function
    return found
