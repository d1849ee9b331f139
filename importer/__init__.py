"""Sociocs Contact Importer engine: reading, mapping, validating and uploading contacts.

This package never imports Qt; the desktop wizard in ``gui`` drives it.
"""

__version__ = "0.1.0"
