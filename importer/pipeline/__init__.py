"""One import and one undo, each written once for the wizard and the command line.

- :mod:`.importing` — the import's steps (check → compare → backup → upload → history →
  report) and :func:`~.importing.run_import`, the whole import in order; :mod:`.checking` —
  the check step (from a private copy of the file's bytes); :mod:`.earlier` — an earlier run
  to continue, or not when the file changed since it was checked.
- :mod:`.undoing` — the undo's two steps and :func:`~.undoing.run_undo`.
- :mod:`.front_end` — what a front end that runs a whole import implements (the jobs' host,
  :class:`importer.jobs.host.JobHost`, and the questions asked between the steps);
  :mod:`.outcome` — what the steps give back.
"""
