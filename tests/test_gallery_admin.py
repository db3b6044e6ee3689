"""Editors build galleries in Wagtail's admin: many photos at once, in order, each once."""

import pytest
from django.urls import reverse
from django.utils.html import escape
from wagtail.models import Collection
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from tests.gallery_factories import make_gallery, make_gallery_index, make_small_image, photo
from wagtail_council.models import GalleryPage

DUPLICATE = "Эта фотография уже есть в галерее под номером 1. Удалите одну из них."


@pytest.fixture
def gallery_index(home):
    return make_gallery_index(home)


@pytest.fixture
def editor(client, django_user_model):
    user = django_user_model.objects.create_superuser("editor", "editor@example.org", "pw")
    client.force_login(user)
    return client


@pytest.fixture
def collection():
    return Collection.get_first_root_node().add_child(name="Круглый стол")


def in_collection(collection, **fields):
    image = make_small_image(**fields)
    image.collection = collection
    image.save()
    return image


def row(image, order, *, pk="", **fields):
    values = {
        "id": pk,
        "ORDER": str(order),
        "image": str(image.pk),
        "caption": fields.get("caption", f"Подпись {order}"),
        "alt_text": fields.get("alt_text", f"Описание {order}"),
        "credit": fields.get("credit", ""),
    }
    if fields.get("decorative"):
        values["decorative"] = "on"
    return values


def gallery_form(page, rows, *, initial=0, **extra):
    data = {
        "title": page.title,
        "slug": page.slug,
        "date": "2026-11-20",
        "description": rich_text("<p>Описание галереи</p>"),
        "photos": inline_formset(rows, initial=initial),
        "action-publish": "action-publish",
    }
    data.update(extra)
    return nested_form_data(data)


def publish(client, page, rows, **kwargs):
    return client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]), gallery_form(page, rows, **kwargs)
    )


def saved_photos(page):
    page = GalleryPage.objects.get(pk=page.pk)
    return [(p.image_id, p.caption, p.alt_text) for p in page.photos.order_by("sort_order")]


def test_edit_form_offers_a_multiple_image_chooser_and_a_collection(
    editor, gallery_index, collection
):
    gallery = make_gallery(gallery_index)
    response = editor.get(reverse("wagtailadmin_pages:edit", args=[gallery.pk]))
    html = response.content.decode()
    assert response.status_code == 200
    assert 'name="add_collection"' in html
    assert f'<option value="{collection.pk}">' in html
    # Wagtail's MultipleChooserPanel: "Add photos" opens a chooser that takes several images.
    assert '"type": "MultipleChooserPanel", "formsetPrefix": "id_photos"' in html


def test_several_images_chosen_at_once_are_saved_in_the_chosen_order(editor, gallery_index):
    gallery = make_gallery(gallery_index)
    first, second, third = (make_small_image() for _ in range(3))
    # What the multiple chooser posts: one row per chosen image, described by the editor.
    response = publish(editor, gallery, [row(third, 1), row(first, 2), row(second, 3)])
    assert response.status_code == 302
    assert saved_photos(gallery) == [
        (third.pk, "Подпись 1", "Описание 1"),
        (first.pk, "Подпись 2", "Описание 2"),
        (second.pk, "Подпись 3", "Описание 3"),
    ]
    assert GalleryPage.objects.get(pk=gallery.pk).live


def test_editor_reorders_photos(editor, gallery_index):
    one, two = make_small_image(), make_small_image()
    gallery = make_gallery(gallery_index, photos=[photo(one, caption="A"), photo(two, caption="B")])
    first, second = gallery.photos.order_by("sort_order")
    response = publish(
        editor,
        gallery,
        [
            row(one, 2, pk=first.pk, caption="A", alt_text=first.alt_text),
            row(two, 1, pk=second.pk, caption="B", alt_text=second.alt_text),
        ],
        initial=2,
    )
    assert response.status_code == 302
    assert [caption for _, caption, _ in saved_photos(gallery)] == ["B", "A"]


def test_a_collection_is_added_after_the_photos_in_upload_order_skipping_present_ones(
    editor, gallery_index, collection
):
    present = in_collection(collection)
    present.description = "Уже в галерее"
    present.save()
    later = []
    for text in ("Зал заседаний", "Трибуна"):
        image = in_collection(collection)
        image.description = text
        image.save()
        later.append(image)
    gallery = make_gallery(gallery_index)
    response = publish(
        editor, gallery, [row(present, 1, caption="Первая")], add_collection=str(collection.pk)
    )
    assert response.status_code == 302
    assert saved_photos(gallery) == [
        (present.pk, "Первая", "Описание 1"),
        (later[0].pk, "", "Зал заседаний"),
        (later[1].pk, "", "Трибуна"),
    ]


def test_collection_photos_without_a_description_are_shown_for_describing_not_saved(
    editor, gallery_index, collection
):
    undescribed = [in_collection(collection) for _ in range(2)]
    gallery = make_gallery(gallery_index)
    response = publish(editor, gallery, [], add_collection=str(collection.pk))
    assert response.status_code == 200
    formset = response.context["form"].formsets["photos"]
    assert [form["image"].value() for form in formset.forms] == [
        str(image.pk) for image in undescribed
    ]
    assert all("alt_text" in form.errors for form in formset.forms)
    assert saved_photos(gallery) == []

    # The editor describes them and saves: nothing is added twice.
    rows = [row(image, number) for number, image in enumerate(undescribed, start=1)]
    assert publish(editor, gallery, rows).status_code == 302
    assert [image_id for image_id, _, _ in saved_photos(gallery)] == [i.pk for i in undescribed]


def test_an_empty_collection_is_reported(editor, gallery_index, collection):
    gallery = make_gallery(gallery_index)
    response = publish(editor, gallery, [], add_collection=str(collection.pk))
    assert response.status_code == 200
    assert response.context["form"].errors["add_collection"] == [
        "В коллекции «Круглый стол» нет изображений."
    ]


def test_the_same_image_twice_is_rejected_with_a_clear_message(editor, gallery_index):
    gallery = make_gallery(gallery_index)
    image, other = make_small_image(), make_small_image()
    response = publish(editor, gallery, [row(image, 1), row(other, 2), row(image, 3)])
    assert response.status_code == 200
    formset = response.context["form"].formsets["photos"]
    assert [form.errors.get("image") for form in formset.forms] == [None, None, [DUPLICATE]]
    html = response.content.decode()
    assert escape(DUPLICATE) in html
    assert saved_photos(gallery) == []


def test_the_same_file_uploaded_twice_is_rejected_too(editor, gallery_index):
    gallery = make_gallery(gallery_index)
    image, copy = make_small_image(), make_small_image()
    for each in (image, copy):
        each.get_file_hash()  # as Wagtail's upload form records it
    assert image.file_hash == copy.file_hash
    response = publish(editor, gallery, [row(image, 1), row(copy, 2)])
    assert response.status_code == 200
    assert "Эта фотография уже есть в галерее" in response.content.decode()
    assert saved_photos(gallery) == []


def test_a_photo_needs_alt_text_or_the_decorative_flag_in_the_admin(editor, gallery_index):
    gallery = make_gallery(gallery_index)
    image = make_small_image()
    response = publish(editor, gallery, [row(image, 1, alt_text="")])
    assert response.status_code == 200
    assert saved_photos(gallery) == []
    assert publish(editor, gallery, [row(image, 1, alt_text="", decorative=True)]).status_code == (
        302
    )
