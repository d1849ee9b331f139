"""Which column holds what: the column mapping and how it is suggested, edited and remembered.

- :mod:`.model` — ``Mapping``, ``ColumnChoice`` and ``Role``: the mapping itself.
- :mod:`.suggest` — the first guess, from header titles (:mod:`.vocabulary`) and cell values;
  known exports by their titles (:mod:`.layouts`); in wide files only the columns that describe
  a contact (:mod:`.describing`) as extra fields.
- :mod:`.extras` / :mod:`.fallbacks` — all left-out columns as extra fields at once; the columns
  that can stand in for an empty phone (a mapping's phone fallbacks).
- :mod:`.overrides` — the CLI's ``--phone/--name/--extra/--ignore/--phone-fallback`` applied
  to a guess.
- :mod:`.rules` — what makes a mapping usable (one phone column, unique field keys).
- :mod:`.keys` — extra-field keys derived from titles, and their rules.
- :mod:`.template` / :mod:`.memory` — mappings saved as JSON, remembered per header set.
- :mod:`.column_spec` — a column named by title or letter on the command line.
"""
