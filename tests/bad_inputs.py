"""The check of a table of bad inputs: the documented error, with a message naming the input.

A test module lists ``(call, error, argument, fragments)`` rows and checks each with
:func:`assert_refused`: ``call`` raises exactly ``error`` (a :class:`DongDangError`),
whose message holds every fragment; ``argument`` names the undefined ratio's argument.
"""

from __future__ import annotations

import pickle
from typing import TYPE_CHECKING

import pytest

from dongdang.errors import DongDangError, UndefinedRatioError

if TYPE_CHECKING:
    from collections.abc import Callable

#: The parameter names of a bad-input table.
COLUMNS = ("call", "error", "argument", "fragments")


def assert_refused(
    call: Callable[[], object],
    error: type[DongDangError],
    argument: str | None,
    fragments: list[str],
) -> str:
    """``call`` raises exactly ``error`` naming every fragment; its message is returned."""
    with pytest.raises(error) as caught:
        call()
    raised = caught.value
    assert type(raised) is error
    assert isinstance(raised, DongDangError)
    message = str(raised)
    for fragment in fragments:
        assert fragment in message, message
    if argument is not None:
        assert isinstance(raised, UndefinedRatioError)
        assert raised.argument == argument
    return message


def assert_carries(
    call: Callable[[], object], error: type[DongDangError], **data: object
) -> DongDangError:
    """``call`` raises ``error`` carrying ``data`` as attributes, and a pickle keeps them whole."""
    with pytest.raises(error) as caught:
        call()
    raised = caught.value
    copy = pickle.loads(pickle.dumps(raised))  # noqa: S301 - our own error, just pickled
    assert type(copy) is type(raised)
    assert str(copy) == str(raised)
    for attribute, expected in data.items():
        assert getattr(raised, attribute) == expected, attribute
        assert getattr(copy, attribute) == expected, attribute
    return raised
