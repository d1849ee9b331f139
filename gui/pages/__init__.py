"""The wizard pages, one module each, in the order ``gui.wizard.PAGES`` gives them.

:mod:`.base` is what they share (``WizardPage``, ``SkipState``). Pages read and change the
session's ``ImportChoices`` and start workers; they hold no business rules.
"""
