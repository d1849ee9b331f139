"""The desktop wizard (PySide6). Shows the engine's state and sends the user's choices back."""
