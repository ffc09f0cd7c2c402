"""Border gates of Lạng Sơn: gate pairs, their routes, and a dated status history.

A border gate (cửa khẩu) is one of a **pair** (cặp cửa khẩu): the Vietnamese gate
and its Chinese counterpart across the line. Reports count pairs ("06/12 cặp cửa
khẩu"), and a pair may own routes: clearance routes (lối thông quan) and dedicated
freight roads (đường chuyên dụng vận chuyển hàng hóa).

Each pair has a stable code, and every fact about it carries its source. What the
sources do not say stays unknown: the value is None and a
:class:`~dongdang.provenance.Provenance` says why. Whether a pair clears goods
(thông quan hàng hóa) on a day is read from its dated history, and is one of
three answers, never two. A status holds until a later record changes it;
``strict=True`` keeps evidence to the days it covers:

>>> from dongdang.gates import ClearingStatus, lang_son_gates
>>> gates = lang_son_gates()
>>> gates.province_total, gates.named, gates.unnamed.count
(12, 10, 2)
>>> gates.pair("tan-thanh").label()
'Tân Thanh - Pò Chài'
>>> gates.status_on("na-nua", dt.date(2021, 6, 1))
<ClearingStatus.NOT_CLEARING: 'not clearing'>
>>> gates.status_on("huu-nghi", dt.date(2022, 6, 1))
<ClearingStatus.CLEARING: 'clearing'>
>>> gates.status_on("huu-nghi", dt.date(2022, 6, 1), strict=True)
<ClearingStatus.UNKNOWN: 'unknown'>
>>> gates.status_on("bao-lam", dt.date(2021, 6, 1))
<ClearingStatus.UNKNOWN: 'unknown'>
>>> gates.clearing_goods(during=Period.year(2021)).clearing
('huu-nghi', 'dong-dang-rail', 'chi-ma', 'tan-thanh')

The registry is read from ``data/gates.toml``; :meth:`GateRegistry.load` reads a
file of the same shape.
"""

from __future__ import annotations

# The imports marked F401 are the names the classes' annotations use: typing.get_type_hints,
# and so the API pages, read them in the module a class reports (see public_home).
import datetime as dt  # noqa: F401

from dongdang._modules import public_home
from dongdang.gates._counts import ClearingResult, CountCheck, Gap, Note, StatedCount
from dongdang.gates._history import StatusEvent
from dongdang.gates._kinds import ClearingStatus, CountScope, EventKind, GateCategory, Mode
from dongdang.gates._pairs import PAIR_FACTS, ROUTE_FACTS, GatePair, Route
from dongdang.gates._parts import Counterpart, Location, Management
from dongdang.gates._registry import GateRegistry, gate_name, lang_son_gates
from dongdang.legal import LegalReference  # noqa: F401
from dongdang.periods import Period  # noqa: F401
from dongdang.provenance import Caveat, Citation, Provenance

__all__ = [
    "PAIR_FACTS",
    "ROUTE_FACTS",
    "Caveat",
    "Citation",
    "ClearingResult",
    "ClearingStatus",
    "CountCheck",
    "CountScope",
    "Counterpart",
    "EventKind",
    "Gap",
    "GateCategory",
    "GatePair",
    "GateRegistry",
    "Location",
    "Management",
    "Mode",
    "Note",
    "Provenance",
    "Route",
    "StatedCount",
    "StatusEvent",
    "gate_name",
    "lang_son_gates",
]

public_home(__name__, __all__, globals())
