"""The analyst's incident dashboard: `streamlit run dashboard.py`."""

import streamlit as st

from components import page_frame

# A Material icon: an emoji would import Streamlit's emoji catalogue on the first run (70 ms).
st.set_page_config(
    page_title="Incident dashboard", page_icon=":material/location_on:", layout="wide"
)
# The frame goes to the browser before the app's heavier modules are imported.
frame = page_frame.draw_frame()

from components import ui  # noqa: E402

ui.render_app(frame)
