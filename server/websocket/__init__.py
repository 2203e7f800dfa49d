"""The WebSocket edge: the socket endpoint, its transport, and video signalling over it."""
