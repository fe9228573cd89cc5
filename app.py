"""Netra's entry point: builds the page list in the chosen language and runs the current page."""
import streamlit as st

from lib.ui_text import t
from pages import common

st.set_page_config(page_title="Netra", page_icon="🗳️", layout="wide", initial_sidebar_state="expanded")

dataset = common.data()
view = common.view()
lang = view.lang

pages = [
    st.Page("pages/overview.py", title=t("page_overview", lang), icon="📊", url_path="ringkasan", default=True),
    st.Page("pages/trends.py", title=t("page_trends", lang), icon="📈", url_path="tren"),
    st.Page("pages/breakdowns.py", title=t("page_breakdowns", lang), icon="🧩", url_path="rincian"),
    st.Page("pages/map.py", title=t("page_map", lang), icon="🗺️", url_path="peta"),
    st.Page("pages/data.py", title=t("page_data", lang), icon="📄", url_path="data"),
    st.Page("pages/about.py", title=t("page_about", lang), icon="ℹ️", url_path="tentang"),
]
if view.present:
    # Presenter mode is one page whatever the path: no menu, no sidebar.
    present = st.Page("pages/present.py", title=t("page_present", lang), icon="📽", url_path="presentasi", default=True)
    st.navigation([present], position="hidden").run()
else:
    page = st.navigation(pages, position="sidebar")
    common.sidebar(dataset)
    common.data_warnings(dataset, lang)
    page.run()
common.publish_view()
