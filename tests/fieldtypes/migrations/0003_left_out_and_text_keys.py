from django.db import migrations, models

#: Linguistic collations that keep 'e', 'E' and 'é' apart (deterministic,
#: accent and case sensitive) but sort them together.
COLLATIONS = {
    "postgresql": (
        'ALTER TABLE "fieldtypes_textkeyed" ALTER COLUMN "key" '
        'TYPE varchar(40) COLLATE "und-x-icu"'),
    "mysql": (
        "ALTER TABLE `fieldtypes_textkeyed` MODIFY `key` varchar(40) "
        "CHARACTER SET utf8mb4 COLLATE utf8mb4_uca1400_as_cs NOT NULL"),
}


def linguistic_collation(apps, schema_editor):
    sql = COLLATIONS.get(schema_editor.connection.vendor)
    if sql:
        schema_editor.execute(sql)


class Migration(migrations.Migration):

    dependencies = [
        ('fieldtypes', '0002_ledger'),
    ]

    operations = [
        migrations.CreateModel(
            name='Featureless',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('name', models.CharField(max_length=20)),
            ],
            options={
                'required_db_features': {'dumpy_test_feature'},
            },
        ),
        migrations.CreateModel(
            name='Unmanaged',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('name', models.CharField(max_length=20)),
            ],
            options={
                'db_table': 'fieldtypes_unmanaged_view',
                'managed': False,
            },
        ),
        migrations.CreateModel(
            name='Routed',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('name', models.CharField(max_length=20)),
            ],
        ),
        migrations.CreateModel(
            name='TextKeyed',
            fields=[
                ('key', models.CharField(max_length=40, primary_key=True, serialize=False)),
                ('note', models.CharField(blank=True, max_length=20)),
            ],
        ),
        migrations.RunPython(linguistic_collation, migrations.RunPython.noop,
                             atomic=False),
    ]
