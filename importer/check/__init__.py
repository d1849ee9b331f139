"""Checking an import: every data row read, validated and given one status.

- :mod:`.run` — ``run_check``: read the rows, apply the mapping, validate, mark duplicates.
- :mod:`.result` — ``CheckResult``: the columnar outcome the wizard, CLI, report and upload
  read, and the :class:`~importer.choices.ImportChoices` its rows were checked with; it answers
  questions and calls nothing of the check.
- :mod:`.rechecking` — what changes a result: the check's last steps, checking again for
  another country, policy or choice about unverified numbers, a phone or name fixed in place.
- :mod:`.validation` — phones and names of a whole column; :mod:`.duplicates` — the same number
  in several rows, and which row wins.
- :mod:`.issues` — ``Issue``, ``Severity``, ``RowStatus`` and the final ``Outcome`` of a row.
- :mod:`.records` — the API record of a ready row; :mod:`.country_hint` — "most numbers look
  like Germany numbers"; :mod:`.row_countries` — each row's own country and its notes;
  :mod:`.plus_readings` and :mod:`.plus_evidence` — numbers valid only with a ``+``, sent only
  when the file confirms their country.
- :mod:`.phone_sources` — numbers from a fallback column or a cell listing several; how many
  rows a spare phone column would rescue.
- :mod:`.diagnosis` — why many rows cannot be sent, in one sentence, and the column that fixes
  it (the Check page and ``check`` say the same).
"""
