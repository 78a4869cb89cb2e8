"""pydantic models of the files factcheck reads (claims files) and writes (the JSON report)."""
