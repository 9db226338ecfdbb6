"""The detection engine: plain Python, no Django, no database.

Every module here takes text (and dates) and returns the dataclasses of `types`.
`claims.services.detection` is the thin layer that stores their results.
"""
