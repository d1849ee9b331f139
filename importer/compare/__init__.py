"""Comparing an import with the contacts already in Sociocs: reading the account, classifying
every ready row (new, updated, unchanged, skipped) and choosing what each row sends."""
