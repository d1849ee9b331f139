"""Headless command line: ``contact-importer check|upload|lists|sandbox``."""
