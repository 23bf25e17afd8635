"""All Qt lives here. The UI calls services; it never builds peewee queries itself."""
