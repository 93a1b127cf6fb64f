"""Headless subcommands, one module each (registered in ``walkthrough.cli``)."""
