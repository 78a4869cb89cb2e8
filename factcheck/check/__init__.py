"""Checks of claims against their article (grounding, values) and against each other."""
