import django.db.models.deletion
import wagtail.fields
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0001_initial"),
        ("wagtail_council", "0003_gallery_block"),
        ("wagtailimages", "0027_image_description"),
    ]

    operations = [
        migrations.CreateModel(
            name="NoticePage",
            fields=[
                (
                    "page_ptr",
                    models.OneToOneField(
                        auto_created=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        parent_link=True,
                        primary_key=True,
                        serialize=False,
                        to="wagtailcore.page",
                    ),
                ),
                ("date", models.DateField()),
                ("venue", models.CharField(blank=True, max_length=200)),
                ("body", wagtail.fields.RichTextField(blank=True)),
                ("attendees", models.PositiveIntegerField(blank=True, null=True)),
                (
                    "poster",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to="wagtailimages.image",
                    ),
                ),
            ],
            options={"abstract": False},
            bases=("wagtailcore.page",),
        ),
        migrations.CreateModel(
            name="DistrictNewsPage",
            fields=[
                (
                    "newspage_ptr",
                    models.OneToOneField(
                        auto_created=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        parent_link=True,
                        primary_key=True,
                        serialize=False,
                        to="wagtail_council.newspage",
                    ),
                ),
                ("district", models.CharField(blank=True, max_length=100)),
            ],
            options={"abstract": False},
            bases=("wagtail_council.newspage",),
        ),
        migrations.CreateModel(
            name="LeafletPage",
            fields=[
                (
                    "page_ptr",
                    models.OneToOneField(
                        auto_created=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        parent_link=True,
                        primary_key=True,
                        serialize=False,
                        to="wagtailcore.page",
                    ),
                ),
                ("summary", models.TextField(blank=True)),
                ("pages", models.PositiveIntegerField(default=1)),
            ],
            options={"abstract": False},
            bases=("wagtailcore.page",),
        ),
    ]
