"""Video sessions: state machines, the session service, signalling, ICE servers and the SFU."""
