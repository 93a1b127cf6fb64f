"""The thin PySide6 layer: pages talk to the core through a Repository."""

from walkthrough.ui.pyside_imports import check_sources_quickly

check_sources_quickly()
