"""Sync bundles between devices (Qt-free): the bundle file (``bundle``, ``bundle_read``),
export and import (``exporter``, ``importer``), the shared folder (``folder``) and the
``walkthrough sync`` command (``command``). The merge itself is in :mod:`walkthrough.storage`."""
