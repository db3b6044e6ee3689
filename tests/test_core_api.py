"""Wagtail's own v2 API returns our news with renditions and resolved rich text."""

from tests.factories import make_category, make_image, make_news


def test_news_detail_has_renditions_resolved_rich_text_and_objects(client, news_index):
    target = make_news(news_index, title="Цель ссылки")
    image = make_image(width=1600, height=900)
    page = make_news(
        news_index,
        title="С полями",
        featured_image=image,
        featured_image_alt="Описание фото",
        categories=[make_category("Бюджет", "budget")],
        body=[
            ("paragraph", f'<p>См. <a linktype="page" id="{target.pk}">другую новость</a>.</p>'),
            ("heading", {"text": "Раздел", "level": "h3"}),
            (
                "image",
                {
                    "image": image,
                    "alt_text": "Фото в тексте",
                    "decorative": False,
                    "caption": "Подпись",
                    "credit": "Автор",
                },
            ),
        ],
    )
    page.related_pages.add(page.related_pages.model(related_page=target))
    page.save_revision().publish()

    data = client.get(f"/api/v2/pages/{page.pk}/").json()

    featured = data["featured_image"]
    assert featured["alt"] == "Описание фото"
    assert featured["decorative"] is False
    assert featured["url"].startswith("http://testserver/media/images/")
    assert (featured["width"], featured["height"]) == (1200, 675)
    assert {source["format"] for source in featured["sources"]} == {"avif", "webp", "jpeg"}

    paragraph, heading, image_block = data["body"]
    assert paragraph["type"] == "paragraph"
    assert f'href="{target.url}"' in paragraph["value"]
    assert "linktype" not in paragraph["value"]
    assert heading["value"] == {"text": "Раздел", "level": 3}
    assert image_block["value"]["image"]["alt"] == "Фото в тексте"
    assert image_block["value"]["image"]["url"].endswith(".jpg")
    assert image_block["value"]["caption"] == "Подпись"

    assert data["categories"] == [
        {"id": page.categories.get().category_id, "name": "Бюджет", "slug": "budget"}
    ]
    assert data["related_pages"][0]["title"] == "Цель ссылки"
    assert data["related_pages"][0]["url"] == "http://testserver" + target.url
    assert data["publication_date"] == page.publication_date.astimezone().isoformat() or data[
        "publication_date"
    ].startswith(str(page.publication_date.astimezone().date()))
    assert data["lead"] == page.lead


def test_news_listing_filters_by_type_and_locale(client, news_index):
    make_news(news_index, title="Одна")
    make_news(news_index, title="Две")
    listing = client.get(
        "/api/v2/pages/",
        {"type": "wagtail_council.NewsPage", "locale": "ru", "fields": "lead,featured_image"},
    ).json()
    assert sorted(item["title"] for item in listing["items"]) == ["Две", "Одна"]
    assert all("lead" in item for item in listing["items"])
    english = client.get(
        "/api/v2/pages/", {"type": "wagtail_council.NewsPage", "locale": "en"}
    ).json()
    assert english["items"] == []
