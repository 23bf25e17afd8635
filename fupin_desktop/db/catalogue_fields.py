"""Turn catalogue fields into peewee columns: the catalogue is the one definition."""

from __future__ import annotations

import peewee as pw

from fupin_desktop.schema.fields import Catalogue, Field, Kind


def column_for(field: Field) -> pw.Field:
    match field.kind:
        case Kind.BOOL:
            return pw.BooleanField(default=False)
        case Kind.DATE:
            return pw.DateField(null=True)
        case Kind.INT | Kind.MONEY:
            return pw.IntegerField(null=True)
        case Kind.LONG_TEXT:
            return pw.TextField(default="")
        case _:
            return pw.CharField(default="", max_length=field.max_length)


def add_catalogue_columns(model: type[pw.Model], catalogue: Catalogue) -> None:
    for field in catalogue:
        if field.key not in model._meta.fields:
            model._meta.add_field(field.key, column_for(field))
