"""Pinned sentences: what a verified claim was verified against, kept in a lock file."""
