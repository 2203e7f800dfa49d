"""The operator's tools: backup and restore, and live announcements from the command line."""
