"""Task tracking: the tasks assigned to the Management Board, and whether they were done on time.

The Provincial People's Committee assigns the Board tasks (nhiệm vụ) through
several channels: its document system VNPT-iOffice, notices of conclusions
(thông báo kết luận), decisions (quyết định), voters' petitions (kiến nghị cử
tri) passed on to the Board, key tasks of the year (nhiệm vụ trọng tâm). Each
task has an assignment date, usually a deadline, and a completion date once
done. On any day a task assigned by then is in one of four states:

=========  ============================  =========================================
state      Vietnamese                    meaning
=========  ============================  =========================================
ON_TIME    hoàn thành đúng hạn           completed on or before its deadline
LATE       hoàn thành quá hạn            completed after its deadline
PENDING    đang thực hiện, chưa đến hạn  open, its deadline not passed
OVERDUE    chưa hoàn thành, đã quá hạn   open, its deadline passed
=========  ============================  =========================================

so that on time + late + open = assigned, on every day. Reports state the
counts rather than the tasks. A :class:`StatedTaskCount` keeps such a
sentence with its counts, and the arithmetic comes from the library:

>>> from dongdang.tasks import StatedTaskCount
>>> ioffice = StatedTaskCount(
...     key="ioffice",
...     text="giao 14 nhiệm vụ trên hệ thống VNPT-iOffice, trong đó hoàn thành đúng hạn "
...     "8 nhiệm vụ, 6 nhiệm vụ chưa hoàn thành trong hạn",
...     sources=["vnpt-ioffice"],
...     assigned=14,
...     on_time=8,
...     not_on_time=6,
... )
>>> ratio = ioffice.on_time_ratio()
>>> ratio.format(), ratio.base_kind.value
('57,1%', 'số nhiệm vụ được giao')

"Chưa hoàn thành trong hạn" (not completed within the deadline) is read as
every assigned task not completed on time by the day of the count, late or
still open, which is what makes the report's figures add up (8 + 6 = 14).
The counts of seed article 004 ship as :func:`lang_son_tasks`.
"""

from __future__ import annotations

from dongdang._modules import public_home
from dongdang.tasks._counts import StatedTaskCount, TaskCheck, TaskCounts
from dongdang.tasks._kinds import TaskMeasure, TaskRatioBase, TaskSource, TaskState
from dongdang.tasks._log import TaskLog, lang_son_tasks
from dongdang.tasks._ratios import TaskRatio
from dongdang.tasks._task import Task

__all__ = [
    "StatedTaskCount",
    "Task",
    "TaskCheck",
    "TaskCounts",
    "TaskLog",
    "TaskMeasure",
    "TaskRatio",
    "TaskRatioBase",
    "TaskSource",
    "TaskState",
    "lang_son_tasks",
]

public_home(__name__, __all__, globals())

# The column list of task tables, which dongdang.records reads from here.
from dongdang.tasks._log import _table_columns as _table_columns  # noqa: E402
