"""Files in and out: Excel (roster import, list export, later sync packages and reports).

openpyxl and python-calamine are imported inside the functions that need them, never at
import time: they cost start-up time the program does not need until a file is touched.
"""
