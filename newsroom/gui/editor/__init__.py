"""The editor's wing: the article's text and details, and its session with the library."""
