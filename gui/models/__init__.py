"""Qt table models over the engine's values, each ``data()`` answered in constant time."""
