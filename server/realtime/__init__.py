"""The real-time core: one WebSocket per browser, channels per space, fan-out via a broker."""
