"""The thin PySide6 layer: pages talk to the core through a Repository."""
