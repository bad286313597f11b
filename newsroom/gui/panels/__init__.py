"""The docks beside the editor: checklist, history, outline, related links."""
