"""Read plans from the model's own YAML and JSON files, with errors on the field's line."""

from __future__ import annotations

import json
from typing import Any, Literal

from planexport.errors import PlanError
from planexport.model import Plan

__all__ = ["parse_structured"]


def parse_structured(
    data: str | bytes, *, source: str = "<string>", kind: Literal["yaml", "json"] = "yaml"
) -> Plan:
    """Read a plan from YAML or JSON text shaped like `Plan` (see `planexport schema`).

    Raises:
        PlanError: the text is not YAML/JSON or does not fit the model; names the line when known.
    """
    import yaml
    from pydantic import ValidationError

    if isinstance(data, bytes):
        from planexport.reader.outline import decode as _decode

        data = _decode(data, source)
    text = data.removeprefix("\ufeff")
    value: Any
    if kind == "json":
        try:
            value = json.loads(text)
        except json.JSONDecodeError as error:
            raise PlanError(
                f"not valid JSON: {error.msg}", file=source, line=error.lineno
            ) from None
    else:
        try:
            value = yaml.safe_load(text)
        except yaml.YAMLError as error:
            mark = getattr(error, "problem_mark", None)
            problem = getattr(error, "problem", None) or "bad syntax"
            raise PlanError(
                f"not valid YAML: {problem}",
                file=source,
                line=mark.line + 1 if mark is not None else None,
            ) from None
    if not isinstance(value, dict):
        raise PlanError("a plan file holds one mapping (id, title, days, ...)", file=source, line=1)
    try:
        return Plan.model_validate(value)
    except ValidationError as error:
        first = error.errors()[0]
        loc = tuple(first["loc"])
        where = ".".join(str(part) for part in loc) or "plan"
        raise PlanError(f"{where}: {first['msg']}", file=source, line=_line_of(text, loc)) from None


def _line_of(text: str, loc: tuple[int | str, ...]) -> int | None:
    """The 1-based line of the value at `loc`, or of the nearest enclosing one."""
    import yaml

    try:
        node: Any = yaml.compose(text)
    except yaml.YAMLError:
        return None  # JSON that YAML cannot read (rare escapes): no line, still a clear error
    line = node.start_mark.line + 1 if node is not None else None
    for part in loc:
        child: Any = None
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                if getattr(key, "value", None) == str(part):
                    child = value
                    line = key.start_mark.line + 1
                    break
        elif (
            isinstance(node, yaml.SequenceNode)
            and isinstance(part, int)
            and 0 <= part < len(node.value)
        ):
            child = node.value[part]
            line = child.start_mark.line + 1
        if child is None:
            break
        node = child
    return line
