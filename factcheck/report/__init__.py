"""Report formats: each module turns a `RunResult` into one output format."""

FORMATS = ("rich", "json", "line")
