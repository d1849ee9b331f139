"""PyInstaller hook for phonenumbers, replacing the contrib one that collects every submodule.

Only the number metadata (``phonenumbers.data`` and ``.shortdata``, imported lazily by region)
ships; the geocoder, carrier and time-zone databases are unused and would add about 45 MB.
"""

from PyInstaller.utils.hooks import collect_submodules

hiddenimports = collect_submodules("phonenumbers.data") + collect_submodules(
    "phonenumbers.shortdata"
)
