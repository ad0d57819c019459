"""Files a command writes where the user said (``--out``): checked before any work, written
beside their name and renamed into place.

- :func:`check_file` refuses what cannot be written, in one line naming the file ("cannot
  write FILE: it is a folder / there is no folder F / F is not a folder / <the system's
  reason>"), before a command reads a store or connects: a refused command writes nothing.
- :func:`reserve` makes a new, empty file beside it (``NAME.<random>.part``); the caller
  writes there and renames it over the name once complete (:func:`write_replacing` does
  both), so a failure leaves no half-written file and an existing file as it was.
- :func:`write_into_folder` does the same for a report of several files (the after-action
  report): written into a hidden folder inside the chosen one, then moved into place.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from incident_desk.errors import InputError

T = TypeVar("T")


def cannot_write(out: Path, exc: OSError) -> InputError:
    """``InputError`` "cannot write FILE: <the system's reason>"."""
    return InputError(f"cannot write {out}: {exc.strerror or exc}")


def check_file(out: Path) -> None:
    """``InputError`` if ``out`` cannot be written as a file: a folder, in a folder that does
    not exist or is not one, or where the system refuses a new file (tried with a file
    beside it, removed at once)."""
    if out.is_dir():
        raise InputError(f"cannot write {out}: it is a folder")
    folder = out.parent
    if not folder.exists():
        raise InputError(f"cannot write {out}: there is no folder {folder}")
    if not folder.is_dir():
        raise InputError(f"cannot write {out}: {folder} is not a folder")
    reserve(out).unlink()


def reserve(out: Path) -> Path:
    """A new, empty file beside ``out`` (``out.<random>.part``), made with the usual mode
    (0666 less the umask), or ``InputError`` saying why not."""
    for _attempt in range(100):
        part = out.with_name(f"{out.name}.{secrets.token_hex(4)}.part")
        try:
            os.close(os.open(part, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
        except FileExistsError:
            continue
        except OSError as exc:
            raise cannot_write(out, exc) from None
        return part
    raise InputError(f"cannot write {out}: no free temporary name beside it")


def write_replacing(out: Path, write: Callable[[Path], T]) -> T:
    """``write(part)`` into a file :func:`reserve` made, then renamed over ``out`` (an
    existing ``out`` keeps its mode).

    Raises:
        InputError: the file cannot be written (its name and the system's reason); nothing
            is left behind and an existing ``out`` is untouched.
    """
    part = reserve(out)
    try:
        result = write(part)
        with contextlib.suppress(FileNotFoundError):  # a new file: the mode reserve gave it
            os.chmod(part, out.stat().st_mode & 0o777)
        os.replace(part, out)
    except OSError as exc:
        part.unlink(missing_ok=True)
        raise cannot_write(out, exc) from None
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    return result


def write_into_folder(out: Path, write: Callable[[Path], list[Path]]) -> list[Path]:
    """``write(tmp)`` into a new folder inside ``out`` (made if missing), then each file
    moved into ``out``; returns the files' final paths.

    Raises:
        InputError: ``out`` cannot be written (its name and the system's reason), or a
            folder stands where a file goes. Nothing is left behind: no partial file, no
            new folder; files already in ``out`` stay as they were unless all are written.
    """
    if out.exists() and not out.is_dir():
        raise InputError(f"cannot write {out}: it is a file, not a folder")
    made: list[Path] = []  # the folders this export creates, outermost first
    missing = out
    while not missing.exists():
        made.insert(0, missing)
        missing = missing.parent

    def undo() -> None:
        for folder in reversed(made):
            with contextlib.suppress(OSError):
                folder.rmdir()

    try:
        out.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=".aar-", suffix=".part", dir=out))
    except OSError as exc:
        undo()
        raise cannot_write(out, exc) from None
    try:
        written = write(tmp)
        for path in written:
            if (out / path.name).is_dir():
                raise InputError(f"cannot write {out / path.name}: it is a folder")
        final = []
        for path in written:
            os.replace(path, out / path.name)
            final.append(out / path.name)
    except OSError as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        undo()
        raise cannot_write(out, exc) from None
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        undo()
        raise
    shutil.rmtree(tmp, ignore_errors=True)
    return final
