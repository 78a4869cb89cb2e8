"""`factcheck extract`: draft claims from the facts an article mentions."""
