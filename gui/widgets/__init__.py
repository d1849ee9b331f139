"""Reusable widgets of the pages: banners, the country box, the drop zone, status lines."""
