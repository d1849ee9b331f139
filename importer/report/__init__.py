"""Reports: one line per data row with its verdict, and the file of rows to fix.

- :mod:`.write` — ``write_report``, ``save_report`` and ``write_attention_file`` (the rows to
  fix), streamed for a million rows.
- :mod:`.lines` — the report's columns and the line of one row; :mod:`.about` — the import as
  a whole (file, list, date, consent), the .xlsx report's second sheet.
- :mod:`.location` — where reports go (beside the spreadsheet, else Documents) and their names.
- :mod:`.writers` — .xlsx and .csv table writers; :mod:`.cells` — cells kept from becoming
  formulas.
"""
