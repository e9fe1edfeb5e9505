"""Commands: web."""

commands = []
