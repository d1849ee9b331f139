"""Headless command line: ``contact-importer check|upload|lists|sandbox``.

:mod:`.main` parses and dispatches; one module per command (:mod:`.check_cmd`,
:mod:`.upload_cmd`, :mod:`.lists_cmd`, :mod:`.sandbox_cmd`). :mod:`.import_options` turns the
options shared by ``check`` and ``upload`` into an ``ImportChoices``.
"""
