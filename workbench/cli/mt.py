"""Commands: mt."""

commands = []
