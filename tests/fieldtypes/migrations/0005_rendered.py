from django.db import migrations, models
import django.db.models.deletion


class Migration(migrations.Migration):

    dependencies = [
        ('fieldtypes', '0004_stored_values'),
    ]

    operations = [
        migrations.CreateModel(
            name='Rendered',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('big', models.BigIntegerField()),
                ('maybe_int', models.IntegerField(null=True)),
                ('flag', models.BooleanField()),
                ('maybe_flag', models.BooleanField(null=True)),
                ('code', models.CharField(max_length=8)),
                ('note', models.CharField(max_length=30, null=True)),
                ('text', models.TextField(blank=True)),
                ('ratio', models.FloatField(null=True)),
                ('amount', models.DecimalField(decimal_places=4, max_digits=14, null=True)),
                ('day', models.DateField(null=True)),
                ('moment', models.DateTimeField(null=True)),
                ('uid', models.UUIDField(null=True)),
                ('club', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, to='fieldtypes.club')),
            ],
        ),
    ]
