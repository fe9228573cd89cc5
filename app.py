"""Netra's entry point: `streamlit run app.py`. The frame and the page list are in pages/ui/shell.py."""

from pages.ui.shell import run

run()
