"""The reader of a task log's TOML file."""

from __future__ import annotations

from typing import Any, Final, TypeVar

from dongdang._toml import Reader
from dongdang.errors import (
    InvalidTypeError,
)
from dongdang.legal import LegalReference
from dongdang.periods import Period
from dongdang.provenance import Citation
from dongdang.tasks._counts import StatedTaskCount
from dongdang.tasks._task import Task

_L = TypeVar("_L")


# -- the loader ---------------------------------------------------------------------------

_TASK_KEYS: Final = frozenset(
    {"title", "source", "assigned", "due", "completed", "assigned_by", "reference", "note"}
)
_STATED_KEYS: Final = frozenset(
    {
        *("text", "sources", "assigned", "on_time", "not_on_time", "completed"),
        *("period", "as_of", "as_written", "assigned_by", "cite", "note"),
    }
)
_TASK_REQUIRED: Final = ("title", "source", "assigned")
_STATED_REQUIRED: Final = ("text", "sources", "assigned")
_SOURCE_KEYS: Final = frozenset({"url", "title", "published", "event", "file", "note"})


class _Reader(Reader):
    """Reads the TOML document of a log, naming the file and place of any error."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.citations: dict[str, Citation] = {}

    def log(self, document: dict[str, Any], log: type[_L]) -> _L:
        top = self.table(document, "the top level", frozenset({"sources", "tasks", "stated"}))
        for key, value in self.table(top.get("sources", {}), "sources", None).items():
            fields = self.table(value, f"sources.{key}", _SOURCE_KEYS)
            self.citations[key] = self.build(f"sources.{key}", Citation, key=key, **fields)
        tasks = [
            self.build(
                f"tasks.{code}",
                _task,
                code=code,
                **self.table(value, f"tasks.{code}", _TASK_KEYS, _TASK_REQUIRED),
            )
            for code, value in self.table(top.get("tasks", {}), "tasks", None).items()
        ]
        stated = [
            self.stated(key, value)
            for key, value in self.table(top.get("stated", {}), "stated", None).items()
        ]
        return self.build("the top level", log, tasks=tasks, stated=stated)

    def stated(self, key: str, value: object) -> StatedTaskCount:
        where = f"stated.{key}"
        fields = dict(self.table(value, where, _STATED_KEYS, _STATED_REQUIRED))
        cite = fields.pop("cite", None)
        if cite is not None and not isinstance(cite, str):
            self.fail(f"{where}.cite", f"expected the key of a source (str), got {cite!r}")
        if cite is not None and cite not in self.citations:
            self.fail(f"{where}.cite", f"cites {cite!r}, which is not in [sources]")
        citation = None if cite is None else self.citations[cite]
        return self.build(where, _stated_count, key=key, citation=citation, **fields)


def _task(reference: object = None, **fields: Any) -> Task:  # noqa: ANN401
    cited = None if reference is None else LegalReference.parse(reference)  # type: ignore[arg-type]
    return Task(reference=cited, **fields)


def _stated_count(period: object = None, **fields: Any) -> StatedTaskCount:  # noqa: ANN401
    if period is not None and not isinstance(period, str):
        raise InvalidTypeError.of(
            "period", "a report phrase such as '01/3/2020 – 25/5/2020'", period
        )
    return StatedTaskCount(period=None if period is None else Period.parse(period), **fields)
