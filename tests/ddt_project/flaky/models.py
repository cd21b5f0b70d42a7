"""A model that does not survive a restore unchanged."""
import secrets

from django.db import models


class Ticket(models.Model):
    title = models.CharField(max_length=50)
    nonce = models.CharField(max_length=16, blank=True)

    def before_dumpy_save(self, loader):
        """Deliberately non-deterministic: every save draws a new nonce."""
        self.nonce = secrets.token_hex(8)
