"""The one JSON-schema loader for SafeHelper's data files, with one error format.

Guidance and the helpline list are edited by people who write words, not code,
and a damaged file must say exactly where the mistake is. Every problem, from
the schema or from a rule a schema cannot express, is reported the same way:
the file, the entry (named by its id when it has one), the field inside that
entry, its full location in the file, and what is wrong.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from safehelper.errors import Phrase, SafeHelperError
from safehelper.resources import read_json

log = logging.getLogger(__name__)

if TYPE_CHECKING:  # imported when a file is first checked: `safehelper --help` skips it
    import jsonschema


@dataclass(frozen=True)
class Layout:
    """Where a kind of file keeps its entries, and how an entry is named in a message."""

    schema_file: str  # in resources/schemas/
    entries: str  # the top-level list holding the entries
    named: Callable[[str], Phrase]  # an entry with an id
    numbered: Callable[[int], Phrase]  # an entry without one, counted from 1


LAYOUTS = {
    "guidance": Layout(
        "guidance.schema.json",
        "items",
        lambda entry_id: Phrase("schema.item", id=entry_id),
        lambda number: Phrase("schema.item_number", number=number),
    ),
    "helplines": Layout(
        "helplines.schema.json",
        "services",
        lambda entry_id: Phrase("schema.service", id=entry_id),
        lambda number: Phrase("schema.service_number", number=number),
    ),
}

Location = Sequence[str | int]


@cache
def _validator(schema_name: str) -> jsonschema.Draft202012Validator:
    import jsonschema

    return jsonschema.Draft202012Validator(read_json("schemas", LAYOUTS[schema_name].schema_file))


def _dotted(path: Location) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def problem(
    data: Any, schema_name: str, file_name: str, where: Location, reason: Phrase | str
) -> SafeHelperError:
    """The error for something wrong at ``where`` in ``data`` (a list of keys and indexes)."""
    layout = LAYOUTS[schema_name]
    entry: Phrase = Phrase("schema.top_level")
    field: Location = where
    if len(where) >= 2 and where[0] == layout.entries and isinstance(where[1], int):
        number = where[1]
        listed = data.get(layout.entries) if isinstance(data, dict) else None
        raw = listed[number] if isinstance(listed, list) and number < len(listed) else None
        entry_id = raw.get("id") if isinstance(raw, dict) else None
        named = isinstance(entry_id, str)
        entry = layout.named(str(entry_id)) if named else layout.numbered(number + 1)
        field = where[2:]
    return SafeHelperError(
        "schema.invalid",
        file=file_name,
        entry=entry,
        field=_dotted(field) or Phrase("schema.whole_entry"),
        location="/".join(str(part) for part in where) or Phrase("schema.top_level"),
        problem=reason,
    )


def _deepest(error: jsonschema.ValidationError) -> jsonschema.ValidationError:
    # "oneOf" failures hide the useful message in their context; name the
    # innermost field so the person fixing the file knows where to look.
    import jsonschema.exceptions

    while error.context:
        error = jsonschema.exceptions.best_match(error.context)
    return error


def validate(data: Any, schema_name: str, file_name: str) -> None:
    """Check ``data`` against the named schema; raise :func:`problem` for the most useful error."""
    errors = list(_validator(schema_name).iter_errors(data))
    if not errors:
        return
    import jsonschema.exceptions

    error = _deepest(jsonschema.exceptions.best_match(errors))
    where: list[str | int] = list(error.absolute_path)
    if error.validator == "required" and isinstance(error.validator_value, list):
        present = error.instance if isinstance(error.instance, dict) else {}
        missing = [name for name in error.validator_value if name not in present]
        where += missing[:1]
    log.warning("%s: schema error at %s", schema_name, "/".join(map(str, where)))
    raise problem(data, schema_name, file_name, where, error.message)


def parse(raw: bytes | str, file_name: str) -> Any:
    """JSON text to data, or an error naming the file and the line."""
    try:
        return json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        line = getattr(exc, "lineno", 1)
        if isinstance(exc, RecursionError):
            detail: object = Phrase("schema.nested_too_deeply")
        else:
            detail = getattr(exc, "msg", "") or Phrase("schema.not_text")
        raise SafeHelperError("schema.not_json", file=file_name, line=line, detail=detail) from exc


def load_validated(source: Path | bytes, schema_name: str, file_name: str | None = None) -> Any:
    """Read a file (or its bytes), parse it and check it against the named schema."""
    if isinstance(source, Path):
        file_name = file_name or source.name
        try:
            raw: bytes | str = source.read_bytes()
        except FileNotFoundError as exc:
            raise SafeHelperError("schema.missing", file=file_name) from exc
    else:
        raw = source
    name = file_name or schema_name
    data = parse(raw, name)
    validate(data, schema_name, name)
    return data
