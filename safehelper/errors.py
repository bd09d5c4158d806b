"""The one exception type for failures a person can meet.

Anything a user can cause or fix (a wrong passphrase, a full disk, a broken
file) is raised as :class:`SafeHelperError` with a stable dotted code, such as
``"locker.wrong_passphrase"``, and the values its sentence needs. The words
live apart, so a translator can reach them: the English catalogue
(:mod:`safehelper.error_text`) is what the command line prints, and the
window turns the same code into the user's language through its own Qt
catalogue (``safehelper_ui.error_text.describe``). A :class:`Phrase` is a
translatable part of a sentence, such as why the disk said no. Every other
exception is a bug and keeps its traceback.
"""

from __future__ import annotations

from collections.abc import Mapping

from safehelper.error_text import ENGLISH


def english(code: str, params: Mapping[str, object]) -> str:
    """The English sentence for ``code`` with ``params`` filled in."""
    template = ENGLISH.get(code)
    if template is None:
        # A missing entry is a bug the catalogue test catches; still say something.
        return code
    try:
        return template.format_map({name: str(value) for name, value in params.items()})
    except (KeyError, IndexError, ValueError):
        return template  # a raise site without a value its words need: still say something


class Phrase:
    """A translatable part of a message, like the reason inside "could not save X: reason"."""

    def __init__(self, code: str, /, **params: object) -> None:
        self.code = code
        self.params: dict[str, object] = params

    def __str__(self) -> str:
        return english(self.code, self.params)

    def __repr__(self) -> str:
        return f"Phrase({self.code!r}, **{self.params!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Phrase) and self.code == other.code and self.params == other.params

    def __hash__(self) -> int:
        return hash(self.code)


class SafeHelperError(Exception):
    """A problem explained in plain words, safe to show to the user."""

    def __init__(self, code: str, /, **params: object) -> None:
        super().__init__(code)
        self.code = code
        self.params: dict[str, object] = params

    def __str__(self) -> str:
        return english(self.code, self.params)
