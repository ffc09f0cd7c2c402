"""The table of tasks of the plan, read into a task log."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

from dongdang.records._coding import _citation, _label
from dongdang.tasks import Task, TaskLog
from dongdang.tasks import _table_columns as task_table_columns

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence


# -- tasks --------------------------------------------------------------------------------

#: The columns of a table of tasks, a row for one task assigned to the Board.
TASK_COLUMNS: Final = task_table_columns(parts=False)


def read_tasks(
    table: object, *, mapping: Mapping[str, str] | None = None, name: str | None = None
) -> tuple[Task, ...]:
    """The tasks of a table (see :data:`TASK_COLUMNS`), in its order.

    ``source`` is how the task reached the Board (a
    :class:`~dongdang.tasks.TaskSource` code: ``vnpt-ioffice``,
    ``conclusion-notice``, …); ``reference`` the document that assigned it, as
    cited ("Thông báo số 12/TB-UBND").

    Raises:
        TableError: a bad cell, a code given twice, a task the domain refuses
            (a deadline before the assignment), by file, row and column.
    """
    # One reader of task tables: the log's own (a reference may also come as
    # the four columns TaskLog.to_frame(exact=True) writes).
    return TaskLog.from_frame(table, mapping=mapping, name=_label(table, name), stated=()).tasks


def task_columns(tasks: Sequence[Task]) -> dict[str, list[Any]]:
    """The tasks as columns (the reference as its citation).

    Raises:
        DataFileError: a reference carrying more than its citation.
    """
    return {
        "code": [task.code for task in tasks],
        "title": [task.title for task in tasks],
        "source": [task.source.code for task in tasks],
        "assigned": [task.assigned for task in tasks],
        "due": [task.due for task in tasks],
        "completed": [task.completed for task in tasks],
        "assigned_by": [task.assigned_by for task in tasks],
        "reference": [_citation(task.reference) for task in tasks],
        "note": [task.note for task in tasks],
    }
