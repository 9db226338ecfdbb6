"""Personas shared by every test: anonymous reader (the client), a reader with an
account, an editor, two reviewers, and a superuser. Data helpers live in factories."""

import pytest
from django.contrib.auth.models import Group


@pytest.fixture(autouse=True)
def _fast_passwords(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def _user(django_user_model, username, *, group=None, staff=False, superuser=False):
    user = django_user_model.objects.create_user(
        username=username, password="correct horse battery", is_staff=staff or superuser, is_superuser=superuser
    )
    if group:
        user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def editor(db, django_user_model):
    return _user(django_user_model, "erin", group="Editors", staff=True)


@pytest.fixture
def second_editor(db, django_user_model):
    return _user(django_user_model, "eddie", group="Editors", staff=True)


@pytest.fixture
def reviewer(db, django_user_model):
    return _user(django_user_model, "rafael", group="Reviewers", staff=True)


@pytest.fixture
def second_reviewer(db, django_user_model):
    return _user(django_user_model, "rita", group="Reviewers", staff=True)


@pytest.fixture
def reader_account(db, django_user_model):
    """Someone with a login but no role: must see no more than an anonymous reader."""
    return _user(django_user_model, "paula")


@pytest.fixture
def superuser(db, django_user_model):
    return _user(django_user_model, "root", superuser=True)


@pytest.fixture
def as_user(client):
    def login(user):
        client.force_login(user)
        return client

    return login
