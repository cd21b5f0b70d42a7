from django.apps import AppConfig


class ShopConfig(AppConfig):
    name = "tests.upgrade_shop.v1.shop"
    label = "shop"
