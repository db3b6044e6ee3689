import pytest

from tests.factories import make_site_tree


@pytest.fixture
def site_tree(db):
    """``(home, news_index)``: the Russian home page and its news index."""
    return make_site_tree()


@pytest.fixture
def home(site_tree):
    return site_tree[0]


@pytest.fixture
def news_index(site_tree):
    return site_tree[1]
