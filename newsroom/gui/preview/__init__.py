"""The live preview: the page as the site will show it, kept up with the typing."""
