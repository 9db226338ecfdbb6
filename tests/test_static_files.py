"""Static files as production serves them: collected into hashed names, compressed, and sent
with far-future cache headers by WhiteNoise, so a reader's browser (or a CDN) asks once."""

import pytest
from django.core.management import call_command
from django.templatetags.static import static
from django.test import Client, override_settings

pytestmark = pytest.mark.django_db

A_YEAR = 365 * 24 * 3600


def production_static(root):
    from django.conf import settings

    return {
        "STATIC_ROOT": root,
        "STORAGES": settings.STORAGES | {"staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"}},
        "WHITENOISE_USE_FINDERS": False,
    }


@pytest.fixture(scope="module")
def static_root(tmp_path_factory):
    """collectstatic into a fresh folder with the production storage, as `make bench` and a deploy do;
    once per module, since compressing the admin's files takes seconds."""
    root = tmp_path_factory.mktemp("static")
    with override_settings(**production_static(root)):
        call_command("collectstatic", interactive=False, verbosity=0)
    return root


@pytest.fixture
def collected(settings, static_root):
    for name, value in production_static(static_root).items():
        setattr(settings, name, value)
    return static_root


def test_pages_link_the_stylesheet_by_its_hashed_name(collected):
    url = static("css/site.css")
    assert url.startswith("/static/css/site.") and url != "/static/css/site.css"
    response = Client().get("/how-we-rate/")
    assert url.encode() in response.content


def test_a_hashed_file_is_cached_for_ever(collected):
    response = Client().get(static("css/site.css"))
    assert response.status_code == 200
    cache_control = response["Cache-Control"]
    assert "immutable" in cache_control
    max_age = int(cache_control.split("max-age=")[1].split(",")[0])
    assert max_age >= A_YEAR


def test_a_hashed_file_is_sent_compressed_to_a_browser_that_accepts_it(collected):
    url = static("css/site.css")
    plain = b"".join(Client().get(url).streaming_content)
    response = Client().get(url, HTTP_ACCEPT_ENCODING="gzip, deflate")
    assert response["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in response["Vary"]
    compressed = b"".join(response.streaming_content)
    assert 0 < len(compressed) < len(plain)


def test_an_unhashed_name_is_not_cached_for_long(collected):
    # The unhashed name changes content without changing name: browsers must come back for it.
    response = Client().get("/static/css/site.css")
    assert response.status_code == 200
    assert "immutable" not in response.get("Cache-Control", "")


def test_an_unknown_static_file_is_a_404_not_an_error(collected):
    assert Client().get("/static/css/no-such-file.css").status_code == 404
    assert Client().get("/static/../factcheck/settings.py").status_code == 404
