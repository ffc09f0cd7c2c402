"""Organisations that give, receive or spend capital."""

from __future__ import annotations

from typing import Final, final

import attrs

from dongdang.investment._fields import _code, _name


@final
@attrs.frozen(kw_only=True)
class Organization:
    """An organisation that gives, receives or spends capital, identified by a stable code.

    Attributes:
        code: a lower-case code such as ``"bql-kktck-dong-dang-lang-son"``.
        name: its name as reports write it.

    >>> from dongdang.investment import MANAGEMENT_BOARD
    >>> MANAGEMENT_BOARD.reference()
    {'id': 'bql-kktck-dong-dang-lang-son', 'name': 'Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn'}
    """  # noqa: E501 - a doctest output line

    code: str = attrs.field(converter=_code)
    name: str = attrs.field(converter=_name)

    def reference(self) -> dict[str, str]:
        """The OCDS organization reference: ``{"id": code, "name": name}``."""
        return {"id": self.code, "name": self.name}


#: The zone's Management Board, owner (chủ đầu tư) of the public investment
#: projects the seed articles report on ("Các dự án đầu tư công do Ban Quản lý làm
#: chủ đầu tư", seed-000).
MANAGEMENT_BOARD: Final = Organization(
    code="bql-kktck-dong-dang-lang-son",
    name="Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn",
)
