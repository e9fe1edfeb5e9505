"""Commands: documents."""

commands = []
