"""Turning models into the plain data the schemas describe.

Each function takes objects whose related rows were loaded in advance (see the
``prefetch_*`` helpers), so that a listing costs the same number of queries
for ten items as for a hundred.
"""
