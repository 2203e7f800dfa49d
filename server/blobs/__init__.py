"""Content-addressed blob stores behind one small interface (local disk; S3 could follow)."""
