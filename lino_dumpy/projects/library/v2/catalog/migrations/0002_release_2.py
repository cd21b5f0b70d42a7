from django.db import migrations, models


class Migration(migrations.Migration):
    """Release 2: Book.title -> Book.name, no notes, a language."""

    dependencies = [("catalog", "0001_initial")]

    operations = [
        migrations.RenameField("book", "title", "name"),
        migrations.RemoveField("book", "notes"),
        migrations.AddField("book", "language", models.CharField(
            max_length=5, default="en"), preserve_default=False),
    ]
