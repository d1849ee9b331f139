"""Sending the ready rows: in batches, through faults, resumably.

- :mod:`.engine` — ``UploadEngine``: batches, retries, bisection of refused records, pause and
  cancel (:mod:`.control`), progress (:mod:`.progress`), the outcome (:mod:`.summary`).
- :mod:`.batches` (at most 10,000 records), :mod:`.bisection`, :mod:`.retry` (backoff),
  :mod:`.prefetch` (the next body built while one is in flight).
- :mod:`.decisions` — what the engine asks its caller (wait, retry, stop, a new key);
  :mod:`.console` — the terminal's answers and progress line.
- Resuming: :mod:`.identity` (which import this is), :mod:`.journal` (what the server
  acknowledged), :mod:`.journal_details` (the import's choices in the journal, and the one way
  to open an import's journal), :mod:`.row_ranges`.
"""
