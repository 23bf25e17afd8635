"""Sync packages (同步包): the .xlsx files that carry a school's ledger to the township and
the township's corrections back.

    tables     which records travel, in which sheet, with which columns and headers
    vectors    version vectors: compare and merge
    codec      cell values in and out, and the canonical text the hashes are taken over
    manifest   the manifest, its hash and its HMAC signature
    state      per-route sync state kept in Setting rows (peers, knowledge, sequences)
    writer     export: choose the rows, write the workbook, read it back
    reader     read a package with every check a file can fail before the database
    merge      plan (the preview) and apply, in one transaction
    importer   the import as a whole: checks against this ledger, preview, apply, ledger
    conflicts  the conflict log: list, compare, keep either
    township   township mode: schools overview, totals, the county report
"""
