"""The one exception type for failures a person can meet.

Anything a user can cause or fix (a wrong passphrase, a full disk, a broken
file) is raised as :class:`SafeHelperError` with a message written for them.
The command line prints it as one line; the window shows it in a calm dialog.
Every other exception is a bug and keeps its traceback.
"""


class SafeHelperError(Exception):
    """A problem explained in plain words, safe to show to the user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message
