"""The phone rules: how a cell becomes an E.164 number, or why it cannot.

- :mod:`.normalize` — ``PhoneNormalizer``: one cell to a ``PhoneResult`` (number, problem,
  notes), with libphonenumber and Excel's damage to numbers.
- :mod:`.fast` — precompiled per-country patterns that decide plain numbers without a full
  parse (and agree with libphonenumber, by differential tests).
- :mod:`.guess` — how phone-like a column's values are (for guessing the phone column).
- :mod:`.several` — a cell listing several numbers: split it, use the first valid one.
- :mod:`.countries` — country names and dial codes for the country choice.
"""
