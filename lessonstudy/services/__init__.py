"""Use cases: each public function is one user action in one unit of work.

Services take a :class:`~lessonstudy.storage.library.Library`, open their own
transaction, and return plain dataclasses, never ORM objects.
"""
