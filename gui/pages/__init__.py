"""The wizard pages, one module each, in the order ``gui.wizard.PAGES`` gives them.

:mod:`.base` is what they share (``WizardPage``, ``SkipState``); :mod:`.compare_box` is the
comparison with Sociocs that Confirm and Upload both show, :mod:`.unsent_box` Done's list of
the rows that did not go. Pages read the session's
``ImportChoices`` and change it through its typed methods, and start workers; they hold no
business rules.
"""
