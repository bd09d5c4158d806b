"""SafeHelper's data files (installed as the ``safehelper_resources`` package).

Nothing here is code: content, helplines, styles and translations live in this
folder so that counsellors and translators can work on them without Python.
"""
