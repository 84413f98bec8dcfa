"""Errors the user sees: each carries a German message and the exit code it leads to."""

from __future__ import annotations

__all__ = ["InputError", "Interrupted", "PluginError", "ProfileError", "SmkonzeptError"]


class SmkonzeptError(Exception):
    """Base of all errors shown to the user as a message instead of a traceback."""

    exit_code = 1


class InputError(SmkonzeptError):
    """Bad input from the user: a missing file, a wrong option. Exit code 2."""

    exit_code = 2


class ProfileError(InputError):
    """A profile that cannot be used; ``problems`` lists each finding with file, line and field."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


class PluginError(SmkonzeptError):
    """A plugin that cannot be loaded or registers something invalid. Exit code 1."""


class Interrupted(KeyboardInterrupt):
    """Ctrl-C, SIGTERM or SIGHUP: the build stops and cleans up; the exit code is 128 + signal."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum
