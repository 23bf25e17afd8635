"""Printable archive forms (PDF) for the school's paper files.

reportlab is imported only inside these modules, and these modules are imported only
when a form is printed: platypus costs ~110 ms of start-up the program does not need
until then (docs/architecture.md, Start-up and speed).

    fonts        the bundled CJK font, registered once per process
    styles       paragraph styles and the cell helpers every form shares
    template     A4 page with a binding margin, header, footer, 第 N 页 共 M 页
    blocks       ruled label/value grids, tables that repeat headers, signatures, stamp
    shapes       the plain data each form is laid out from (filled by services.printing)
    archive_card, aid_sheet, visits_record, growth_record, roster, contact_cards
                 one module a form: plain data in (shapes), flowables out
"""
