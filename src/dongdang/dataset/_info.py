"""What a dataset is called: its ``dataset.toml``."""

from __future__ import annotations

from typing import TYPE_CHECKING, final

import attrs

from dongdang._toml import dump_toml, parse_toml
from dongdang._validators import field_text, optional_field_text
from dongdang.dataset._layout import INFO_FILE
from dongdang.errors import DataFileError, DongDangError

if TYPE_CHECKING:
    from dongdang.periods import Language


def _title(value: str) -> str:
    return field_text(value, "title")


def _title_en(value: str | None) -> str | None:
    return optional_field_text(value, "title_en")


def _name(value: str | None) -> str | None:
    return optional_field_text(value, "name")


@final
@attrs.frozen(kw_only=True)
class DatasetInfo:
    """What a dataset is called: the ``[dataset]`` table of its ``dataset.toml``.

    The report names the dataset by its title, in the report's language.

    Attributes:
        title: the title in Vietnamese, as an official would name the data
            ("Số liệu của Ban Quản lý năm 2025").
        title_en: the title in English, or None (an English report then
            gives the Vietnamese one).
        name: a short name for programs (``lang-son-2025``), or None.

    >>> from dongdang.dataset import DatasetInfo
    >>> info = DatasetInfo(title="Số liệu năm 2025", name="ls-2025")
    >>> print(info.dumps(), end="")
    [dataset]
    title = "Số liệu năm 2025"
    name = "ls-2025"
    >>> DatasetInfo.loads(info.dumps()).title_in("en")
    'Số liệu năm 2025'
    >>> DatasetInfo.loads("[dataset]", name="dataset.toml")
    Traceback (most recent call last):
    ...
    dongdang.errors.DataFileError: dataset.toml: [dataset] title is missing; ...
    """

    title: str = attrs.field(converter=_title)
    title_en: str | None = attrs.field(default=None, converter=_title_en)
    name: str | None = attrs.field(default=None, converter=_name)

    def title_in(self, lang: Language) -> str:
        """The title in ``lang``: the English one for "en" when there is one."""
        return self.title_en if lang == "en" and self.title_en is not None else self.title

    @classmethod
    def loads(cls, text: str, *, name: str = INFO_FILE) -> DatasetInfo:
        """Read the ``[dataset]`` table of a ``dataset.toml``: ``title``, ``title_en``, ``name``.

        Raises:
            DataFileError: not TOML, no ``[dataset]`` table, no ``title``, a key
                it does not know or a value that is not a non-empty text; the
                message names the file.
        """
        table = parse_toml(text, name).get("dataset")
        if not isinstance(table, dict):
            raise DataFileError.in_file(name, "no [dataset] table; it needs one with a title")
        known = ("title", "title_en", "name")
        unknown = sorted(set(table) - set(known))
        if unknown:
            raise DataFileError.in_file(
                name, f"[dataset] has unknown keys {', '.join(unknown)}; known: {', '.join(known)}"
            )
        if "title" not in table:
            raise DataFileError.in_file(
                name, "[dataset] title is missing; a dataset is named by it"
            )
        try:
            return cls(**table)
        except DongDangError as error:
            raise DataFileError.in_file(name, f"[dataset] {error}") from None

    def dumps(self) -> str:
        """The ``dataset.toml`` text of the info, read back by :meth:`loads`."""
        table = {key: getattr(self, key) for key in ("title", "title_en", "name")}
        return dump_toml(
            {"dataset": {key: value for key, value in table.items() if value is not None}}
        )
