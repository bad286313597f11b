"""The Qt layer: widgets that adapt the core. Nothing here is imported by the core."""
