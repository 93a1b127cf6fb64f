"""One module per schema step: ``mNNNN_<name>.py`` with ``migrate(db)``."""
