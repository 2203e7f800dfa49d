"""What an operator sees of a running server: metrics, structured logs and readiness."""
