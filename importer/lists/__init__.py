"""Groups made Sociocs lists: which list each group is, which lists an import creates, and how
the contacts join them.

- :mod:`.targets` — the lists an import sends to (:class:`~.targets.GroupLists`): each group
  matched to the account's lists by name (:func:`~importer.groups.names.list_key`), the
  missing ones to be created, and each row's lists.
- :mod:`.making` — creating the missing lists (``POST /lists``) at the start of an upload.
- :mod:`.adding` — adding contacts to their other lists (``POST /contacts/add-to-list``) in
  chunks, after the upload.
- :mod:`.texts` — the lists in words.
"""
