"""Sync packages in the GUI: export and import dialogs, the conflicts view and the
township's schools overview. The work is fupin_desktop.sync's, run through ui.tasks."""
