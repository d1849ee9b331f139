"""Sociocs Contact Importer engine: reading, mapping, validating and uploading contacts.

This package never imports Qt; the desktop wizard in ``gui`` and the CLI in :mod:`.cli` drive
it. Where things are:

- :mod:`.choices` — ``ImportChoices``: everything the user decided about one import (file,
  sheet, columns, country, policies, list), and its versioned JSON form. An import's state.
- :mod:`.sources` — opening files (xlsx, xls, ods, csv, vcf) and streaming their rows.
- :mod:`.mapping` — which column is the phone, the name, an extra field.
- :mod:`.phones` — the phone rules: a cell to an E.164 number, or why not.
- :mod:`.check` — ``run_check`` and ``CheckResult``: every row validated, duplicates marked.
- :mod:`.upload` — batches, the resilient upload engine, the journal that makes it resumable.
- :mod:`.api` — the Sociocs HTTP client; :mod:`.sandbox` — a local stand-in for it.
- :mod:`.report` — one line per row; :mod:`.cli` — ``contact-importer check|upload|…``.
- Small shared parts: :mod:`.errors` (plain-language errors), :mod:`.wording` (counts in
  words), :mod:`.settings_paths`, :mod:`.api_key`, :mod:`.atomic_file`, :mod:`.closing`,
  :mod:`.columns`, :mod:`.os_errors`.
- :mod:`.resources` — the files read at run time (icons, samples, translation catalogs).
"""

__version__ = "0.1.0"
