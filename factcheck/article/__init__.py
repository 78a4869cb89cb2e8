"""Articles: reading Markdown, HTML and plain text into searchable text that keeps positions."""
