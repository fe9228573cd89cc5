"""Netra's screens. Each page file draws the model lib.views builds for it (render), and nothing else; the frame
around them is pages/ui/shell.py."""
