"""A URLconf without language prefixes, named by API error responses.

Django's ``LocaleMiddleware`` answers a 404 of an unprefixed URL with a
redirect to ``/<language>/…`` whenever that path resolves, and in a Wagtail
site with ``i18n_patterns`` it always does. A frontend asking for a missing
item must get the 404 problem, not a redirect to an HTML page, so the API
points ``request.urlconf`` here before middleware sees the response.
"""

urlpatterns = []
