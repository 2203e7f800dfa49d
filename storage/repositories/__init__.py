"""Repository functions: each takes an AsyncSession and never commits (the caller owns the
transaction with ``async with session.begin():``)."""
