"""Write plans as the model's own YAML or JSON."""

from __future__ import annotations

import json
from pathlib import Path

from planexport.errors import OptionsError
from planexport.model import Plan

__all__ = ["dump", "to_json", "to_yaml"]


def to_json(plan: Plan) -> str:
    """The plan as JSON text (the shape `planexport schema` describes)."""
    return json.dumps(plan.model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n"


def to_yaml(plan: Plan) -> str:
    """The plan as YAML text (the shape `planexport schema` describes)."""
    import yaml

    return yaml.safe_dump(
        plan.model_dump(mode="json"), sort_keys=False, allow_unicode=True, width=100
    )


def dump(plan: Plan, path: str | Path) -> None:
    """Write the plan to a .yaml, .yml or .json file, atomically.

    Raises:
        OptionsError: the suffix is not one of those.
    """
    from planexport.fileio import write_atomic

    target = Path(path)
    suffix = target.suffix.lower()
    if suffix == ".json":
        text = to_json(plan)
    elif suffix in (".yaml", ".yml"):
        text = to_yaml(plan)
    else:
        raise OptionsError("plans are written as .yaml, .yml or .json", file=target)
    write_atomic(target, text.encode("utf-8"))
