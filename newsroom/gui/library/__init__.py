"""The library's lists: sections, articles, the browser, the media library."""
