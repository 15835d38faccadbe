"""``N_``: marks a text for the catalogues without translating it (a message id).

Its own module so that modules the i18n package itself imports (languages) can mark their
error messages without importing the package that is still being initialised.
"""

from __future__ import annotations


def N_(message: str) -> str:
    """Mark ``message`` for translation without translating it now."""
    return message
