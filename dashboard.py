"""The analyst's incident dashboard: `streamlit run dashboard.py`."""

import streamlit as st

from components import page_frame

st.set_page_config(page_title="Incident dashboard", page_icon="📍", layout="wide")
# The frame goes to the browser before the app's heavier modules are imported.
frame = page_frame.draw_frame()

from components import ui  # noqa: E402

ui.render_app(frame)
