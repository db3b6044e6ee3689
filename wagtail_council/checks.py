"""System checks: settings a site needs for wagtail-council to keep its promises."""

from django.core import checks


@checks.register(checks.Tags.compatibility)
def image_form_applies_upload_limits(app_configs, **kwargs):
    from wagtail.images.forms import get_image_base_form

    from .image_uploads import CouncilImageForm

    if issubclass(get_image_base_form(), CouncilImageForm):
        return []
    return [
        checks.Warning(
            "Image uploads are not checked for size, pixel count and damaged files.",
            hint=(
                'Set WAGTAILIMAGES_IMAGE_FORM_BASE = "wagtail_council.image_uploads.CouncilImageForm" '
                "(or a subclass of it)."
            ),
            id="wagtail_council.W001",
        )
    ]
