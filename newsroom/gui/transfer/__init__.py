"""Copy in and out: import, export, backup and site themes."""
