"""What every long job against Sociocs shares: the upload, the comparison and the undo.

- :mod:`.job` — ``ControlledJob``, the base of the three engines: pause, resume, retry now and
  cancel from any thread (:mod:`.control`), every request through :mod:`.retrying`, and the
  state it reports (:mod:`.progress`: ``JobState``, the wait before a retry, the pace).
- :mod:`.decisions` — what a job asks its caller (wait, retry, stop, a new key): the
  ``RetryDecider`` the terminal and the wizard each implement; :mod:`.backoff` — how long to
  wait (the server's ``Retry-After`` first) and when to ask.
- :mod:`.answers` — the one judge of a write's answer: done (the documented success form),
  refused (``errors`` listed), or unconfirmed (anything else: read back before it counts);
  :mod:`.writes` — a bulk write counted by that judgement: rows accepted, rows refused (split
  by :mod:`.bisection` until each stands alone), rows read back and sent again;
  :mod:`.batches` (at most 10,000 records a request).
- :mod:`.stops` — why a job stopped (``StopKind``); :mod:`.row_ranges` — row indices as ranges,
  as the journals store them.
"""
