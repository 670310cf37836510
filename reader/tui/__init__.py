"""The terminal reader (Textual): a thin layer over :class:`reader.model.Analysis`.

Layout of the package (Harlequin-style):

- ``app.py`` — ``ReaderApp`` and ``run_app(document)`` (what ``reader [FILE]`` calls).
  The app pushes ``MainScreen``; modals are pushed on top and return results.
- ``actions.py`` — every key, registered once (id, key, footer label, tooltip);
  bindings, the Footer, the help screen and the command palette read it.
- ``commands.py`` — the command palette provider over that registry.
- ``navigation.py`` — pure: filters, flagged order (n/N), find matches.
- ``components/`` — one widget per module: ``ArticleView`` (a Line-API
  ScrollView: wrap index + cached strips, so a 5 MB article paints one screen at a
  time), ``ClaimsTable`` (DataTable, filled in chunks), ``ClaimDetail``,
  ``StatusLine``, ``FindBar``.
- ``screens/`` — ``MainScreen`` and the modals (export, confirm, help, ...).

Styles live in ``styles/*.tcss`` (all of them are loaded, from
``reader.resources.styles_dir()`` so an installed wheel finds them) and use only
theme variables, so every Textual theme works.
"""
