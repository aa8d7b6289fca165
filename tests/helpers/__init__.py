"""Helpers shared by tests in several folders (import as ``tests.helpers.<module>``)."""
