"""Templates, CSS and icons, installed as newsroom.resources."""
