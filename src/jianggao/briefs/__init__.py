"""Reading and writing briefs: YAML bytes → located nodes → a validated Brief, and back."""
