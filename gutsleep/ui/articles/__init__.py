"""The Articles page: library, reader, find bar, bookmarks and importing, each its own part."""
