"""The import history: the last imports (60 days), with their report, backup and undo state."""
