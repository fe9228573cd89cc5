"""Streamlit page scripts; app.py builds the navigation from them."""

if __name__ == "__main__":  # opened directly as a page
    from pages.common import require_shell

    require_shell()
