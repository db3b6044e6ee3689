"""Pydantic schemas of the API: one component in the OpenAPI document per shape.

``common`` holds shapes shared by every endpoint, ``images`` renditions and
documents, ``people`` the directory, ``blocks`` StreamField blocks and
``pages`` the cards and details of each page type.
"""
