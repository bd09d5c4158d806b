"""SafeHelper's Qt face: windows, pages and dialogs over the ``safehelper`` core.

Kept thin on purpose: pages call the core and show what it returns.
"""
