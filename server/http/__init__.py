"""The HTTP edge: reads input, calls the services, shapes answers. It decides nothing."""
