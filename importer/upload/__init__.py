"""Sending the ready rows: in batches, through faults, resumably.

- :mod:`.engine` — ``UploadEngine``: the ready rows in batches of at most 10,000 records,
  written and judged by :mod:`importer.jobs.writes`, with the job machinery of
  :mod:`importer.jobs`; its progress (:mod:`.progress`) and outcome (:mod:`.summary`);
  :mod:`.prefetch` (the next body built while one is in flight); :mod:`.refusals` (a refused
  row's reason in words).
- :mod:`.texts` — the upload's progress in words.
- Resuming: :mod:`.identity` (which import this is), :mod:`.journal` (what the server
  acknowledged), :mod:`.journal_details` (the import's choices in the journal, and the one way
  to open an import's journal).
"""
