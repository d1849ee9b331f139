"""Groups written in a cell — Google's labels, Outlook's categories, a vCard's CATEGORIES,
Mailchimp's tags, a "Group" column — read as list names.

- :mod:`.names` — a group's name cleaned as a list name, and the key two spellings of one
  list share ("VIP" = "vip ", "Équipe" = "equipe"); the longest name sent.
- :mod:`.separators` — what separates several groups in one cell (``:::``, ``;``, ``,``,
  ``|``, a line break), found from the cells or chosen.
- :mod:`.cells` — one cell split into its groups, with what had to be left out.
"""
