"""System checks: settings a site needs for wagtail-council to keep its promises."""

from django.core import checks

from .image_uploads import CouncilImageForm
from .translation_coverage import untranslatable_fields


@checks.register(checks.Tags.compatibility)
def image_form_applies_upload_limits(app_configs, **kwargs):
    from wagtail.images.forms import get_image_base_form

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


@checks.register(checks.Tags.models)
def editors_text_reaches_translators(app_configs, **kwargs):
    """E001: text typed in a translatable page or snippet that translators would never see.

    wagtail-localize copies what it cannot extract unchanged into every
    translation, so such text would silently stay in the source language.
    """
    from wagtail.models import TranslatableMixin, get_page_models
    from wagtail.snippets.models import get_snippet_models

    models = {*get_page_models(), *get_snippet_models()}
    if app_configs is not None:
        models = {model for model in models if model._meta.app_config in app_configs}
    errors = []
    for model in sorted(models, key=lambda model: model._meta.label):
        if model._meta.abstract or not issubclass(model, TranslatableMixin):
            continue
        errors.extend(
            checks.Error(
                f"{gap.where}: {gap.reason}, so editors' text there would not be translated.",
                hint=gap.hint,
                obj=model,
                id="wagtail_council.E001",
            )
            for gap in untranslatable_fields(model)
        )
    return errors
