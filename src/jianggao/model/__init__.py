"""The domain model: briefs, speeches, levels and the 提法 registry."""
