"""Reusable widgets of the pages and dialogs: banners, tiles, charts, the country box, the drop
zone, status lines, the side bar (the account and the steps), the advice panel, the rows that did
not go, rows that stack when narrow (responsive_row) and tables that keep room for their rows
(table_height). A widget opens no dialog (:mod:`gui.dialogs` sits above it)."""
