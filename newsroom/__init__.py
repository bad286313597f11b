"""Newsroom: write, preview and publish news articles, offline first."""

__version__ = "0.1.0"
