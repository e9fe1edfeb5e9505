"""Commands: glossary."""

commands = []
