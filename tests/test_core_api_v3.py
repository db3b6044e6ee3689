"""Wagtail 8's typed v3 API shows our fields; on Wagtail 7.4 the site offers v2 only."""

import wagtail

from tests.factories import make_image, make_news


def test_core_api_v3_returns_our_fields_on_wagtail_8_and_is_absent_on_7_4(client, news_index):
    page = make_news(
        news_index,
        title="Новость для v3",
        featured_image=make_image(width=1600, height=900),
        featured_image_alt="Фото",
        body=[("heading", {"text": "Раздел", "level": "h2"})],
    )
    response = client.get(f"/api/v3/pages/{page.pk}/", follow=True)
    if wagtail.VERSION < (8, 0):
        assert response.status_code == 404
        assert client.get(f"/api/v2/pages/{page.pk}/").json()["featured_image"]["alt"] == "Фото"
        return
    assert response.status_code == 200
    data = response.json()
    assert data["title"] == "Новость для v3"
    assert data["featured_image"]["alt"] == "Фото"
    assert (data["featured_image"]["width"], data["featured_image"]["height"]) == (1200, 675)
    assert data["body"] == [
        {"type": "heading", "value": {"text": "Раздел", "level": 2}, "id": page.body[0].id}
    ]
