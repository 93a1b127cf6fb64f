"""The Qt-free domain: records, frameworks and the privacy rule.

Nothing in this package imports Qt or writes SQL.
"""
