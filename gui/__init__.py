"""The desktop wizard (PySide6). Shows the engine's state and sends the user's choices back.

- :mod:`.entry` — the ``contact-importer`` command (wizard, ``--self-test`` or the CLI);
  :mod:`.app` — the QApplication; :mod:`.wizard` — the window and the page order (``PAGES``).
- :mod:`.session` — ``ImportSession``: what the pages share; the import's choices are one
  ``importer.choices.ImportChoices`` in it.
- :mod:`.pages` — one module per wizard page; :mod:`.workers` — background jobs;
  :mod:`.models` — table models; :mod:`.dialogs` — every window opened over the wizard
  (message boxes, file dialogs, prompts, history); :mod:`.widgets` — reusable pieces.
- :mod:`.fast_forward` (continuing an import), :mod:`.file_opener` (a file given from outside),
  :mod:`.settings` (remembered choices), :mod:`.errors` (what the user is told about an
  exception), :mod:`.log_file`, :mod:`.self_test`; :mod:`.theme` (with
  :mod:`.framed_style`, the inputs' frames), :mod:`.symbols`,
  :mod:`.language` (with :mod:`.english_plurals`) and :mod:`.accessibility` (how it looks,
  reads and speaks).
"""
