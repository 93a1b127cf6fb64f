"""Reports and exports (Qt-free). Built by a later issue."""
