"""Netra's entry point: builds the page list in the chosen language and runs the current page."""
import streamlit as st

from lib.words import t
from pages import common, presentasi

# A favicon drawn here: Material-icon favicons are fetched from Google, and Netra must work offline.
st.set_page_config(page_title="Netra", page_icon=common.favicon(), layout="wide", initial_sidebar_state="auto")

dataset = common.data()
view = common.view()
lang = view.lang

# Page files carry their Indonesian URL names: a url_path that differs from the file name shows
# "Page not found" on a direct link while pages/ exists (streamlit/streamlit#9992).
pages = [
    st.Page("pages/ringkasan.py", title=t("page_overview", lang), icon=":material/dashboard:", default=True),
    st.Page("pages/tren.py", title=t("page_trends", lang), icon=":material/trending_up:"),
    st.Page("pages/rincian.py", title=t("page_breakdowns", lang), icon=":material/bar_chart:"),
    st.Page("pages/peta.py", title=t("page_map", lang), icon=":material/map:"),
    st.Page("pages/data.py", title=t("page_data", lang), icon=":material/table:"),
    st.Page("pages/impor.py", title=t("page_import", lang), icon=":material/upload_file:"),
    st.Page("pages/tentang.py", title=t("page_about", lang), icon=":material/info:"),
]
if view.present:
    # Presenter mode replaces whatever page the path names: no menu, no sidebar.
    st.navigation(pages, position="hidden")
    presentasi.render()
else:
    page = st.navigation(pages, position="sidebar")
    common.sidebar(dataset)
    common.data_warnings(dataset, lang)
    page.run()
common.publish_view()
