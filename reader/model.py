"""The data the core produces: claims, checks and the analysis that holds them.

Plain frozen dataclasses, so the CLI, the exports and the TUI all read the
same facts and none of them re-derives what the core knows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from reader.document import Document

Kind = Literal["count", "percent", "measure", "money", "duration", "age", "ratio", "date"]
Bound = Literal["exact", "lower", "upper", "approx"]
Status = Literal["pass", "warn", "fail"]

KINDS: tuple[str, ...] = (
    "count",
    "percent",
    "measure",
    "money",
    "duration",
    "age",
    "ratio",
    "date",
)
STATUS_ORDER: dict[str, int] = {"pass": 0, "warn": 1, "fail": 2}


@dataclass(frozen=True, slots=True)
class Claim:
    """One numeric expression in the text, read as a quantity.

    ``value`` is the number as stated in the stated unit (``30`` for "30
    pounds"); for a date it is an ISO string as precise as the text allows.
    ``low``/``high`` are the interval the text allows (``None`` where open).
    ``normalized``/``normalized_unit`` hold measures converted to a base unit
    (30 pounds -> 13.61 kilogram) so checks can compare across units.
    """

    id: str
    start: int
    end: int
    text: str
    kind: Kind
    value: float | str | None
    low: float | None = None
    high: float | None = None
    bound: Bound = "exact"
    unit: str | None = None
    normalized: float | None = None
    normalized_unit: str | None = None
    currency: str | None = None
    subject: str | None = None
    predicate: str | None = None
    sentence: int = 0
    paragraph: int = 0
    vague: bool = False
    percentage_points: bool = False

    def to_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "kind": self.kind,
            "value": self.value,
            "low": self.low,
            "high": self.high,
            "bound": self.bound,
            "unit": self.unit,
            "normalized": self.normalized,
            "normalized_unit": self.normalized_unit,
            "currency": self.currency,
            "subject": self.subject,
            "predicate": self.predicate,
            "sentence": self.sentence,
            "paragraph": self.paragraph,
            "vague": self.vague,
            "percentage_points": self.percentage_points,
        }


@dataclass(frozen=True, slots=True)
class Check:
    """The result of one consistency rule over a group of claims.

    ``message`` is one sentence with the arithmetic, e.g.
    "13 + 5 = 18 released <= 33 agreed for phase one".
    """

    rule: str
    status: Status
    claims: tuple[str, ...]
    message: str

    def to_dict(self) -> dict[str, object]:
        return {
            "rule": self.rule,
            "status": self.status,
            "claims": list(self.claims),
            "message": self.message,
        }


@dataclass(frozen=True)
class Analysis:
    """Everything the core knows about one document."""

    document: Document
    claims: tuple[Claim, ...]
    checks: tuple[Check, ...] = ()
    _by_id: dict[str, Claim] = field(default_factory=dict, repr=False, compare=False)
    _checks_by_claim: dict[str, list[Check]] = field(
        default_factory=dict, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        self._by_id.update({c.id: c for c in self.claims})
        for check in self.checks:
            for cid in check.claims:
                self._checks_by_claim.setdefault(cid, []).append(check)

    def claim(self, claim_id: str) -> Claim:
        return self._by_id[claim_id]

    def checks_for(self, claim_id: str) -> list[Check]:
        return self._checks_by_claim.get(claim_id, [])

    def status_of(self, claim_id: str) -> Status | None:
        """The worst status of any check involving the claim, or None."""
        worst: Status | None = None
        for check in self.checks_for(claim_id):
            if worst is None or STATUS_ORDER[check.status] > STATUS_ORDER[worst]:
                worst = check.status
        return worst

    @property
    def failed(self) -> list[Check]:
        return [c for c in self.checks if c.status == "fail"]

    @property
    def warned(self) -> list[Check]:
        return [c for c in self.checks if c.status == "warn"]

    def to_dict(self) -> dict[str, object]:
        return {
            "document": self.document.name,
            "claims": [c.to_dict() for c in self.claims],
            "checks": [c.to_dict() for c in self.checks],
            "summary": {
                "claims": len(self.claims),
                "fail": len(self.failed),
                "warn": len(self.warned),
                "pass": sum(1 for c in self.checks if c.status == "pass"),
            },
        }
