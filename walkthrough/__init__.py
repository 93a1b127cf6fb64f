"""Walkthrough: classroom walkthroughs and non-evaluative peer observation, offline."""

__version__ = "0.1.0"
