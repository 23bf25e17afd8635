"""The one catalogue of fields: forms, tables, Excel and PDF all read it."""
