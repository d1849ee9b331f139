"""Reusable widgets of the pages and dialogs: banners, tiles, charts, the country box, the drop
zone, status lines. A widget opens no dialog (:mod:`gui.dialogs` sits above it)."""
