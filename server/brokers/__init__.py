"""Fan-out adapters behind one small interface: in-process (one server process) and Redis."""
