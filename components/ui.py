"""The Streamlit layer: cached loaders and one render function per section.

This is the only module that imports streamlit.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import streamlit as st

from components import loading

ARTICLES_DIR = Path(__file__).resolve().parent.parent / "data" / "articles"


@st.cache_data(show_spinner="Reading articles…")
def load_articles(folder: str) -> pd.DataFrame:
    return loading.load_paths([folder])


def render_articles(articles: pd.DataFrame, *, key: str = "articles") -> None:
    errors = articles["error"].notna()
    st.caption(f"{len(articles)} articles, {int(errors.sum())} with errors")
    st.dataframe(
        articles.drop(columns=["text"]),
        key=f"{key}_table",
        hide_index=True,
        column_config={
            "published": st.column_config.DateColumn("published", format="YYYY-MM-DD"),
            "error": st.column_config.TextColumn("error", width="large"),
        },
    )


def render_app() -> None:
    st.title("Incident dashboard")
    articles = load_articles(str(ARTICLES_DIR))
    render_articles(articles)
