"""File helpers: atomic writes (the old file or the whole new one, never half-written), lookups."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from planexport.errors import PlanexportError

__all__ = ["find_upwards", "write_atomic"]


def find_upwards(name: str, folder: Path | None = None) -> Path | None:
    """The file `name` in `folder` (the current one when None) or its nearest parent, or None.

    Found from the current folder, the path is relative to it (`../planexport.toml`), as the
    user would write it; from a folder given, it is that folder's path joined with the rest.
    """
    here = Path.cwd() if folder is None else folder
    absolute = here.resolve()
    for candidate in (absolute, *absolute.parents):
        path = candidate / name
        if path.is_file():
            return Path(os.path.relpath(path, absolute)) if folder is None else path
    return None


def write_atomic(path: str | Path, data: bytes) -> None:
    """Write `data` to `path` through a temporary file in the same folder and a rename.

    Raises:
        PlanexportError: the folder does not exist or cannot be written (exit 1).
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as error:
        raise PlanexportError(f"cannot write: {error.strerror or error}", file=target) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        with contextlib.suppress(OSError):
            os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except OSError as error:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise PlanexportError(f"cannot write: {error.strerror or error}", file=target) from None
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
