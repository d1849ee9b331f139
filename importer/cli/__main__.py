"""``python -m importer.cli`` runs the headless command line."""

import sys

from importer.cli.main import main

sys.exit(main())
