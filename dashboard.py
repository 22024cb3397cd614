"""The analyst's incident dashboard: `streamlit run dashboard.py`."""

import streamlit as st

from components import ui

st.set_page_config(page_title="Incident dashboard", page_icon="📍", layout="wide")
ui.render_app()
