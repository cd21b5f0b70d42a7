from django.apps import AppConfig


class ShopConfig(AppConfig):
    name = "tests.upgrade_shop.v2.shop"
    label = "shop"
