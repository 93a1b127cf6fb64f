"""Sync bundles between devices (Qt-free). Built by a later issue."""
