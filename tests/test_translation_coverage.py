"""Every text an editor types in our models reaches translators; new gaps break the build."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django import forms
from django.apps import apps
from django.core import checks
from django.utils.translation import gettext_lazy
from wagtail import blocks
from wagtail.images import get_image_model

from wagtail_council.blocks import CoreStreamBlock
from wagtail_council.translation_coverage import untranslatable_blocks, untranslatable_fields

REPO = Path(__file__).resolve().parent.parent


def our_models():
    return [
        model
        for model in apps.get_app_config("wagtail_council").get_models()
        if not model._meta.abstract
    ]


@pytest.mark.parametrize("model", our_models(), ids=lambda model: model.__name__)
def test_every_model_of_the_package_is_fully_translatable(model):
    assert untranslatable_fields(model) == []


def test_system_check_passes_for_the_package():
    errors = [error for error in checks.run_checks() if error.id == "wagtail_council.E001"]
    assert errors == []


def manage_py_check(settings_module):
    """``manage.py check`` (as ``python -m django check``) in a process of its own."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": settings_module,
        # As pytest's pythonpath: the package's ``tests`` before the example site.
        "PYTHONPATH": os.pathsep.join([str(REPO), str(REPO / "example_site")]),
    }
    return subprocess.run(  # noqa: S603
        [sys.executable, "-m", "django", "check"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def test_manage_py_check_fails_for_a_page_type_with_an_untranslatable_block():
    result = manage_py_check("tests.checks_app.settings")
    assert result.returncode == 1, result.stdout + result.stderr
    assert (
        "checks_app.MottoPage: (wagtail_council.E001) checks_app.MottoPage.body.banner.motto: "
        "MottoBlock is not known to wagtail-localize, so editors' text there would not be "
        "translated."
    ) in result.stderr
    assert "HINT: Build the block from blocks wagtail-localize extracts" in result.stderr
    # Only the custom block is reported, not the rich text or the title beside it.
    assert result.stderr.count("wagtail_council.E001") == 1


def test_manage_py_check_passes_without_the_untranslatable_page_type():
    result = manage_py_check("tests.settings")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "wagtail_council.E001" not in result.stdout + result.stderr


class MottoBlock(blocks.FieldBlock):
    """A custom text block that wagtail-localize does not know."""

    def __init__(self, **kwargs):
        self.field = forms.CharField()
        super().__init__(**kwargs)


def test_a_block_unknown_to_wagtail_localize_is_reported():
    stream = CoreStreamBlock(
        [
            ("motto", MottoBlock()),
            (
                "card",
                blocks.StructBlock(
                    [("title", blocks.CharBlock()), ("code", blocks.RegexBlock(regex=r"\d+"))]
                ),
            ),
            ("size", blocks.ChoiceBlock(choices=[("s", "Small"), ("l", gettext_lazy("Large"))])),
        ]
    )
    problems = [str(gap) for gap in untranslatable_blocks(stream)]
    assert any(
        problem.endswith("motto: MottoBlock is not known to wagtail-localize")
        for problem in problems
    )
    assert any("card.code: RegexBlock" in problem for problem in problems)
    assert any(
        "choice 's' has a label that is not marked for translation" in problem
        for problem in problems
    )
    assert not any("choice 'l'" in problem for problem in problems)
    assert not any("paragraph" in problem or "quote" in problem for problem in problems)


def test_a_block_with_its_own_segments_is_accepted():
    class TranslatableMottoBlock(MottoBlock):
        def get_translatable_segments(self, value):
            return []

    assert untranslatable_blocks(blocks.StreamBlock([("motto", TranslatableMottoBlock())])) == []


def test_a_model_without_translation_support_is_reported():
    assert [str(gap) for gap in untranslatable_fields(get_image_model())] == [
        "wagtailimages.Image: the model is not translatable"
    ]
