"""Background jobs: a worker QObject on its own QThread (:mod:`.base`), one module per job.

Workers call the engine and report through signals; they never touch widgets.
"""
