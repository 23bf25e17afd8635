"""Check and clean a record against its catalogue: forms, Excel import and sync packages
all come through here, so a value is accepted or refused the same way everywhere."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from fupin_desktop.errors import ValidationError
from fupin_desktop.i18n import N_, tr
from fupin_desktop.schema.fields import Catalogue, Field, Kind
from fupin_desktop.validation import (
    clean_bool,
    clean_date,
    clean_id_number,
    clean_int,
    normalise_prose,
    normalise_text,
    yuan_to_fen,
)


def clean_value(field: Field, raw: Any) -> Any:
    """The stored form of `raw` for `field`, or ValidationError (message translatable)."""
    kind = field.kind
    if kind is Kind.BOOL:
        value: Any = clean_bool(raw)
    elif kind is Kind.DATE:
        value = clean_date(raw)
    elif kind is Kind.INT:
        value = clean_int(raw, field.minimum, field.maximum)
    elif kind is Kind.MONEY:
        # An int is the stored amount in fen (a file read back and saved again); text,
        # floats and Decimals are what people type and spreadsheets hold: yuan.
        is_fen = isinstance(raw, int) and not isinstance(raw, bool)
        value = raw if is_fen else yuan_to_fen(raw)
    elif kind is Kind.CHOICE:
        text = normalise_text(raw)
        if text == "":
            value = ""
        else:
            assert field.choices is not None
            value = field.choices.code_for(text)
            if value is None:
                raise ValidationError(
                    N_("{value} is not one of the choices for {label}."),
                    value=text,
                    label=field.title,
                    field=field.key,
                )
    elif kind is Kind.MULTI_CHOICE:
        assert field.choices is not None
        codes, unknown = field.choices.codes_for(raw)
        if unknown:
            raise ValidationError(
                N_("{value} is not one of the choices for {label}."),
                value="、".join(unknown),
                label=field.title,
                field=field.key,
            )
        value = ",".join(codes)
    else:
        prose = kind in (Kind.TEXT, Kind.LONG_TEXT) and field.validator is None
        value = normalise_prose(raw) if prose else normalise_text(raw)
        if kind is Kind.ID_NUMBER and value and field.validator is None:
            value = clean_id_number(value)
        if len(value) > field.max_length and kind is not Kind.LONG_TEXT:
            raise ValidationError(
                N_("Too long: at most {limit} characters."), limit=field.max_length
            )
    if field.validator is not None and value not in (None, ""):
        value = field.validator(value)
    if field.required and value in (None, ""):
        raise ValidationError(N_("{label} is required."), field=field.key, label=field.title)
    return value


def clean_record(
    catalogue: Catalogue, raw: Mapping[str, Any], *, partial: bool = False
) -> tuple[dict[str, Any], dict[str, str]]:
    """Clean every field of `raw`. Returns (clean values, {key: translated error}).

    With partial=True, fields missing from `raw` are left out instead of checked.
    """
    values: dict[str, Any] = {}
    errors: dict[str, str] = {}
    for field in catalogue:
        if field.key not in raw:
            if partial:
                continue
            if field.required:
                errors[field.key] = tr("{label} is required.").format(label=field.title)
                continue
            values[field.key] = field.empty()
            continue
        try:
            values[field.key] = clean_value(field, raw[field.key])
        except ValidationError as exc:
            errors[field.key] = exc.message
    return values, errors


def error_lines(errors: Mapping[str, str], labels: Mapping[str, str]) -> str:
    """The errors of a form, one a line, for "Please correct: {errors}". A message that
    already names its field ("原因为必填项。") is not prefixed with the label again."""
    lines = []
    for key, message in errors.items():
        label = labels.get(key, key)
        if label not in message:
            message = tr("{label}: {message}").format(label=label, message=message)
        lines.append(message)
    return "\n" + "\n".join(lines)
