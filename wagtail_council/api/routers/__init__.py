"""One router per kind of content; ``api.urls`` mounts them."""
