"""Backing up what an import changes, and undoing an import from that backup."""
