"""Reports: one line per data row with its verdict, and the file of rows to fix.

- :mod:`.write` — ``write_report``, ``save_report``, ``write_attention_file`` (the rows to
  fix) and ``save_unsent_file`` (the rows an upload did not send), streamed for a million rows.
- :mod:`.unsent` — the rows an upload did not send, with why: refused by Sociocs, cannot be
  sent, not sent yet.
- :mod:`.lines` — the report's columns and the line of one row; :mod:`.about` — the import as
  a whole (file, list, date, consent), the .xlsx report's second sheet.
- :mod:`.location` — where reports go (beside the spreadsheet, else Documents) and their names.
- :mod:`.writers` — .xlsx and .csv table writers; :mod:`.cells` — cells kept from becoming
  formulas.
"""
