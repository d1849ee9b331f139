"""Dialogs opened during an upload or after it, behind classmethods tests can replace."""
