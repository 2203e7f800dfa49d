"""Domain services: each takes an AsyncSession inside the caller's transaction, asks the
policy, uses the repositories and raises domain errors. Routes and WebSocket handlers call
these; neither decides anything itself."""
