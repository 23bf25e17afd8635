"""File formats only: Excel workbooks (xlsx, the roster sheet) and PDF forms (pdf/), read
and written from plain data. Never imports services, sync or db (docs/architecture.md; the
architecture test enforces it): the use cases that read or fill the ledger live in
services/ and hand plain data in and out.

openpyxl and python-calamine are imported inside the functions that need them, never at
import time: they cost start-up time the program does not need until a file is touched.
"""
