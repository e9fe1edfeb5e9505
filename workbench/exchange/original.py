"""Plain text / Markdown / HTML export in the document's original layout (helper B writes this)."""
