"""A small PDF toolkit on reportlab (Qt-free): fonts, the page template, charts, tables.

- :mod:`.fonts`: the shipped DejaVu Sans family, registered once and embedded in every PDF;
- :mod:`.document`: the page template (a header saying what the document covers, "page 3 of 12",
  the date made) and :func:`~.document.build`;
- :mod:`.charts`: vector bars with interval whiskers and a heatmap (reportlab graphics);
- :mod:`.tables`: tables that split across pages, repeating their header row;
- :mod:`.styles`: paragraph styles in the shipped font.
"""
