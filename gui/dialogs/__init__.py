"""Every window the wizard opens over itself, each opened with ``open()`` (never a nested event
loop) and answering through a callback or a signal, behind classmethods tests replace.

- :mod:`.message_boxes` — an error with "Copy details", a yes/no question, and
  ``show_error``, the one funnel from an exception to a box; :mod:`.file_dialog` — the
  system's open and save dialogs.
- :mod:`.retry_dialog`, :mod:`.new_key_dialog` and :mod:`.job_prompts`, which answers a
  running job's questions with them (the comparison, the upload, the undo).
- :mod:`.undo_dialog` and :mod:`.undo_panel` (Undo this import: read, ask, undo);
  :mod:`.history_dialog` (the import history, with its own undo panel);
  :mod:`.report_location_dialog`; :mod:`.about_dialog`.

Dialogs may hold widgets (:mod:`gui.widgets`), never the other way round.
"""
