"""The reader-facing data layer: what readers may see, and the small objects every way out reads."""
