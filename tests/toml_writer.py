"""A small TOML writer for the tests: documents built by Hypothesis, written back as text.

It writes every table inline, which TOML allows at any depth, so that a damaged
document is still valid TOML and reaches the loader's checks.
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal


def dumps(document: dict[str, object]) -> str:
    """The TOML text of ``document``: one ``key = value`` line per top-level key."""
    return "".join(f"{_key(key)} = {_value(value)}\n" for key, value in document.items())


def _key(key: str) -> str:
    return _string(key)


def _string(text: str) -> str:
    # JSON's escapes are TOML's, except for DEL, which TOML wants escaped too.
    return json.dumps(text, ensure_ascii=False).replace("\x7f", "\\u007f")


def _value(value: object) -> str:  # noqa: PLR0911 - one branch per TOML type
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, Decimal):
        return str(value) if "." in str(value) or "E" in str(value) else f"{value}.0"
    if isinstance(value, str):
        return _string(value)
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, list):
        return "[" + ", ".join(_value(item) for item in value) + "]"
    if isinstance(value, dict):
        items = ", ".join(f"{_key(key)} = {_value(item)}" for key, item in value.items())
        return "{" + items + "}"
    message = f"no TOML for {value!r}"
    raise TypeError(message)
