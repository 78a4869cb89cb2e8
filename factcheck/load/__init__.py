"""Loading claims files: bytes → positioned YAML → validated models, every problem located."""
