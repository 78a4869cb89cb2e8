"""factcheck: check a news article's claims against its words and against each other."""

__version__ = "0.1.0"
