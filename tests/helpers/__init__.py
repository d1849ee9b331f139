"""Shared test helpers and fixtures."""
