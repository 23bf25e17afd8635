"""Printing the archive forms from the GUI: the print dialog (ui.printing.dialog)."""
