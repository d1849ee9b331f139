"""Checking an import: every data row read, validated and given one status.

- :mod:`.run` — ``run_check``: read the rows, apply the mapping, validate, mark duplicates.
- :mod:`.result` — ``CheckResult``: the columnar outcome the wizard, CLI, report and upload read,
  and the in-place edits of a phone or name.
- :mod:`.validation` — phones and names of a whole column; :mod:`.duplicates` — the same number
  in several rows, and which row wins.
- :mod:`.issues` — ``Issue``, ``Severity``, ``RowStatus`` and the final ``Outcome`` of a row.
- :mod:`.records` — the API record of a ready row; :mod:`.country_hint` — "most numbers look
  like Germany numbers".
"""
