"""What every page shares on screen: the app's frame (shell), the view in session and URL, the sidebar, blocks."""
