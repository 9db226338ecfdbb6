"""The read-only JSON API: what readers see on the public pages, for machines.

Every endpoint starts from the same queryset methods as the pages (published claims,
public flags), filters with the same django-filter sets, and answers in a fixed number
of queries whatever the page size. Nothing can be written through it."""
