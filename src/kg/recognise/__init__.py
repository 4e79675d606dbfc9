"""Recognisers: pure functions from text to spans (names, figures)."""
