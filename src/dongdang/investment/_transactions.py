"""Capital records as IATI and OCDS transactions."""

# ruff: noqa: TC001, TC003 - Sphinx evaluates the annotations at run time

from __future__ import annotations

import datetime as dt
import enum
from typing import TYPE_CHECKING, Any, Final, final

import attrs

from dongdang._vocabulary import Vocabulary
from dongdang.errors import InvalidValueError, UnknownCodeError
from dongdang.investment._organizations import Organization
from dongdang.units import Quantity, magnitude_in

if TYPE_CHECKING:
    from collections.abc import Mapping


class IatiTransactionType(enum.Enum):
    """Codes of the IATI TransactionType codelist that capital plans use.

    ======  ====================  =================================================================
    code    name                  the codelist's meaning
    ======  ====================  =================================================================
    1       Incoming Funds        funds received for use on the activity
    2       Outgoing Commitment   a firm, written obligation from a provider to provide a
                                  specified amount, for specific purposes, for the recipient
    3       Disbursement          outgoing funds placed at the disposal of a recipient
                                  government or organisation (or moved to another reported
                                  activity)
    4       Expenditure           outgoing funds spent on goods and services for the activity;
                                  the recipients fall outside IATI traceability
    11      Incoming Commitment   a firm, written obligation to provide funds, reported by the
                                  recipient
    ======  ====================  =================================================================
    """

    INCOMING_FUNDS = 1
    OUTGOING_COMMITMENT = 2
    DISBURSEMENT = 3
    EXPENDITURE = 4
    INCOMING_COMMITMENT = 11

    @property
    def code(self) -> str:
        """The code as IATI XML writes it, such as ``"4"``."""
        return str(self.value)

    @property
    def title(self) -> str:
        """The codelist name, such as "Outgoing Commitment"."""
        return self.name.replace("_", " ").title()


class CapitalFlow(Vocabulary):
    """What a capital transaction records, by its Vietnamese name."""

    #: A plan version, capital promised to the owner (kế hoạch vốn).
    PLAN = "kế hoạch vốn"
    #: Capital allocated, released for the owner to pay from (cấp vốn).
    ALLOCATION = "cấp vốn"
    #: Capital disbursed, paid by the owner for works, goods and services (giải ngân).
    DISBURSEMENT = "giải ngân"

    @classmethod
    def _english_names(cls) -> Mapping[Any, str]:
        return {cls.PLAN: "plan", cls.ALLOCATION: "allocation", cls.DISBURSEMENT: "disbursement"}


class Perspective(enum.Enum):
    """Whose activity the IATI transactions describe: the mapping of capital to IATI types.

    OWNER: the project owner (chủ đầu tư) reports its own activity. PROVIDER:
    the budget that assigns the plan and allocates the capital reports it.

    ============  =======================  ======================
    record        OWNER                    PROVIDER
    ============  =======================  ======================
    plan version  11 Incoming Commitment   2 Outgoing Commitment
    allocation    1 Incoming Funds         3 Disbursement
    giải ngân     4 Expenditure            4 Expenditure
    ============  =======================  ======================

    A plan version is a written decision obliging funds for the owner's
    projects: a commitment. Allocating capital places funds at the owner's
    disposal: incoming funds for the owner, a disbursement for the provider.

    **"Giải ngân" is an IATI expenditure, not an IATI disbursement.** The
    Vietnamese word translates as "disbursement", but what the owner disburses
    is paid to contractors and suppliers for the project's works, goods and
    services, and they do not report to IATI: that is what the codelist calls
    *Expenditure* (4). IATI's *Disbursement* (3) is money placed at the
    disposal of another organisation to spend, which is what allocating
    capital to the owner does, seen from the provider's side.

    A plan version's transaction is the *change* it makes to the plan in
    force (an adjustment downwards is a negative commitment), so that the
    commitments add up to the plan.
    """

    OWNER = "owner"
    PROVIDER = "provider"


_IATI_TYPES: Final = {
    Perspective.OWNER: {
        CapitalFlow.PLAN: IatiTransactionType.INCOMING_COMMITMENT,
        CapitalFlow.ALLOCATION: IatiTransactionType.INCOMING_FUNDS,
        CapitalFlow.DISBURSEMENT: IatiTransactionType.EXPENDITURE,
    },
    Perspective.PROVIDER: {
        CapitalFlow.PLAN: IatiTransactionType.OUTGOING_COMMITMENT,
        CapitalFlow.ALLOCATION: IatiTransactionType.DISBURSEMENT,
        CapitalFlow.DISBURSEMENT: IatiTransactionType.EXPENDITURE,
    },
}
#: Vietnam's offset from UTC, for OCDS date-times (a record is dated by the local day).
_ICT: Final = "+07:00"


def _perspective(value: object) -> Perspective:
    if isinstance(value, Perspective):
        return value
    for member in Perspective:
        if value == member.value:
            return member
    raise UnknownCodeError("perspective", value, [member.value for member in Perspective])


def _dong(quantity: Quantity) -> int:
    return int(magnitude_in(quantity, "VND"))


@final
@attrs.frozen(kw_only=True)
class CapitalTransaction:
    """One record of a plan as a transaction, with its IATI type and its parties.

    Attributes:
        id: unique within the plan: ``"<plan code>:<flow>:<record id or date-n>"``.
        flow: what it records (:class:`CapitalFlow`).
        iati_type: its IATI transaction type in the chosen :class:`Perspective`.
        date: its date.
        value: the amount; for a plan version, the change it makes to the plan
            (negative for an adjustment downwards).
        provider: the organisation the funds come from, where known.
        receiver: the organisation the funds go to, where known.
        description: what it is, in words.
    """

    id: str
    flow: CapitalFlow
    iati_type: IatiTransactionType
    date: dt.date
    value: Quantity
    provider: Organization | None
    receiver: Organization | None
    description: str

    def to_iati(self) -> dict[str, Any]:
        """The transaction's IATI elements as a dict (names as in the IATI XML).

        No IATI organisation identifier is known for these organisations, so
        ``provider-org`` and ``receiver-org`` carry only a narrative (the name).
        """
        record: dict[str, Any] = {
            "ref": self.id,
            "transaction-type": {"code": self.iati_type.code},
            "transaction-date": {"iso-date": self.date.isoformat()},
            "value": {
                "amount": _dong(self.value),
                "currency": "VND",
                "value-date": self.date.isoformat(),
            },
            "description": {"narrative": self.description},
        }
        if self.provider is not None:
            record["provider-org"] = {"narrative": self.provider.name}
        if self.receiver is not None:
            record["receiver-org"] = {"narrative": self.receiver.name}
        return record

    def to_ocds(self, source: str | None = None) -> dict[str, Any]:
        """The transaction in OCDS fields: id, source, date, value, payer, payee.

        OCDS transactions (``contracts/implementation/transactions``) are
        spending on a contract, so only a disbursement (giải ngân) is one: a
        plan belongs in OCDS ``planning/budget``, and an allocation has no OCDS
        counterpart. ``date`` is the day at midnight, Vietnam time (UTC+7);
        ``value.amount`` is whole đồng; ``payer`` is the owner and ``payee``
        the payee where known. ``source`` is a URI of the data, if given.

        Raises:
            InvalidValueError: the transaction is not a disbursement.
        """
        if self.flow is not CapitalFlow.DISBURSEMENT:
            raise InvalidValueError.of(
                "flow",
                self.flow,
                "must be a disbursement (giải ngân), as an OCDS transaction is a payment",
                where=f"transaction {self.id}",
                hint="put a plan in planning/budget",
            )
        record: dict[str, Any] = {"id": self.id}
        if source is not None:
            record["source"] = source
        record["date"] = f"{self.date.isoformat()}T00:00:00{_ICT}"
        record["value"] = {"amount": _dong(self.value), "currency": "VND"}
        if self.provider is not None:
            record["payer"] = self.provider.reference()
        if self.receiver is not None:
            record["payee"] = self.receiver.reference()
        return record
