from wagtail.models import Page


class HomePage(Page):
    """The root of the test site, under which the tests build the package's page types."""

    max_count_per_parent = 1

    class Meta:
        verbose_name = "home page"
