"""Editors made from the field catalogue: every form in the program is built here.

A FieldEditor (`editor`) edits one catalogue Field. `value()` is the raw value a person
entered, in the shape `schema.clean.clean_value` accepts (the single validation path);
`set_value()` takes the stored value (codes, dates, fen). Errors and warnings show beside
the field.

- `editor`: the FieldEditor base, its colours, and the stored-to-raw conversions;
- `kinds`: an editor for each Kind of field, and `make_editor`;
- `dates`: the date inputs (DateEditor, DayPicker) and their ±1 day keys;
- `form`: FieldForm (a catalogue's fields in a form) and RecordDialog (one record);
- `rows`: RowsEditor (the rows of a catalogue belonging to one record).
"""
