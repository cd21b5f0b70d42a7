from django.db import migrations, models

FORMATS = {"pb": "paperback", "hc": "hardcover"}


def spell_out_formats(apps, schema_editor):
    Book = apps.get_model("catalog", "Book")
    for short, long in FORMATS.items():
        Book.objects.filter(format=short).update(format=long)


class Migration(migrations.Migration):
    """Release 3: readers are members, book formats are spelled out."""

    dependencies = [("catalog", "0002_release_2")]

    operations = [
        migrations.RenameModel("Reader", "Member"),
        migrations.RenameField("loan", "reader", "member"),
        migrations.AlterField("book", "format", models.CharField(
            max_length=10, choices=[
                ("paperback", "paperback"), ("hardcover", "hardcover"),
                ("ebook", "e-book")])),
        migrations.RunPython(spell_out_formats, migrations.RunPython.noop),
    ]
