"""Sizes of the page's parts that both the frame (drawn before pandas is imported) and the
charts need."""

MAP_HEIGHT = 430  # pixels of the map and of the charts' placeholders
