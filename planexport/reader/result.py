"""What reading a plan gives: the plan, warnings about what was skipped, and source lines."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from planexport.errors import PlanError

if TYPE_CHECKING:
    from planexport.model import Plan

__all__ = ["BlockKey", "ReadResult", "ReadWarning"]

# (day index in plan.days, variant index in day.variants, block index in variant.blocks)
BlockKey = tuple[int, int, int]


@dataclass(frozen=True)
class ReadWarning:
    """A line the reader skipped or guessed about; `str()` is `FILE:LINE: warning: message`."""

    file: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: warning: {self.message}"


@dataclass(frozen=True)
class ReadResult:
    """A plan as read, the warnings about it, and the source line of each block."""

    plan: Plan
    warnings: tuple[ReadWarning, ...] = ()
    block_lines: Mapping[BlockKey, int] = field(default_factory=dict)

    def strict(self) -> Plan:
        """The plan, or a PlanError on the first warning: reading that allows no guess."""
        if self.warnings:
            first = self.warnings[0]
            raise PlanError(first.message, file=first.file, line=first.line)
        return self.plan
