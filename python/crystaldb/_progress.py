"""Progress of long calls on ``sys.stderr``: a one-line bar redrawn in place on a terminal,
plain lines (at most one every two seconds) elsewhere, so a notebook cell or a log file is
not garbled. Off by default unless stderr is a terminal; ``progress=True`` forces it on,
``progress=False`` off.
"""

from __future__ import annotations

import sys
import time


class Reporter:
    """Receives ``(what, done, total)`` from the native side (at most ten times a second)."""

    def __init__(self) -> None:
        stream = sys.stderr
        self._tty = bool(getattr(stream, "isatty", lambda: False)())
        self._last_line = 0.0
        self._open = False

    def __call__(self, what: str, done: int, total: int) -> None:
        stream = sys.stderr
        if self._tty:
            width = 30
            filled = int(width * done / total) if total else 0
            bar = "=" * filled + (">" if filled < width else "") + " " * max(0, width - filled - 1)
            stream.write(f"\r{what:>8} [{bar}] {done}/{total}")
            self._open = done < total
            if not self._open:
                stream.write("\n")
            stream.flush()
            return
        now = time.monotonic()
        if done >= total or now - self._last_line >= 2.0:
            self._last_line = now
            stream.write(f"{what}: {done}/{total}\n")
            stream.flush()

    def line(self, what: str, text: str) -> None:
        """A whole line (a phase of a diagnosis, an epoch's losses)."""
        stream = sys.stderr
        if self._open:
            stream.write("\n")
            self._open = False
        stream.write(f"{what}: {text}\n")
        stream.flush()


def reporter(progress: bool | None) -> Reporter | None:
    """The reporter for a call's ``progress`` argument (None: only on a terminal)."""
    if progress is None:
        progress = bool(getattr(sys.stderr, "isatty", lambda: False)())
    return Reporter() if progress else None
