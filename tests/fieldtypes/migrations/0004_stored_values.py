import django.core.serializers.json
from django.db import migrations, models

import tests.fieldtypes.models


class Migration(migrations.Migration):

    dependencies = [
        ('fieldtypes', '0003_left_out_and_text_keys'),
    ]

    operations = [
        migrations.CreateModel(
            name='StoredValue',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('amount', models.DecimalField(decimal_places=2, max_digits=12, null=True)),
                ('stamped', models.JSONField(encoder=django.core.serializers.json.DjangoJSONEncoder, null=True)),
                ('money', models.JSONField(decoder=tests.fieldtypes.models.MoneyDecoder, encoder=tests.fieldtypes.models.MoneyEncoder, null=True)),
                ('moment', models.DateTimeField(null=True)),
            ],
        ),
        migrations.CreateModel(
            name='CleanedValue',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('name', tests.fieldtypes.models.LowerCaseField(max_length=50)),
            ],
        ),
    ]
