from django.apps import AppConfig


class BenchConfig(AppConfig):
    """The ledger app the benchmark fills and every tool dumps."""

    name = "bench"
    verbose_name = "Benchmark ledger"
    # Fixed here, not taken from the site: the Lino site and the Django site
    # must agree with the migrations, or Lino's initdb would write new ones.
    default_auto_field = "django.db.models.BigAutoField"
