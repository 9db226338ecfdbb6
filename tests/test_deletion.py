"""Nothing a public verdict rests on disappears: the database refuses every cascade that
would reach a claim or its verdict, and the admin says why instead of listing rows."""

import pytest
from django.contrib.messages import get_messages
from django.db import models
from django.db.models import ProtectedError
from django.urls import reverse

from claims.models import Appearance, Claim, Correction, Figure, Mention, Source, Verdict
from tests.factories import make_claim, make_source, make_verified_claim

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("model", [Claim, Verdict, Correction])
def test_every_link_a_claim_or_verdict_hangs_on_is_protected(model):
    for field in model._meta.concrete_fields:
        if field.is_relation:
            assert field.remote_field.on_delete is models.PROTECT, f"{model.__name__}.{field.name}"


def test_the_link_from_a_quote_to_its_source_is_protected():
    assert Appearance._meta.get_field("source").remote_field.on_delete is models.PROTECT


@pytest.fixture
def public_claim(editor, reviewer):
    return make_verified_claim(author=editor, reviewer=reviewer, text="A public claim nothing may take away.")


DEPENDENCIES = {
    "its source": lambda claim: claim.appearances.get().source,
    "its claimant": lambda claim: claim.claimant,
    "its topic": lambda claim: claim.topic,
    "the editor who wrote it": lambda claim: claim.created_by,
    "the reviewer who verified it": lambda claim: claim.verified_by,
    "the claim itself": lambda claim: claim,
}


@pytest.mark.parametrize("dependency", DEPENDENCIES)
def test_deleting_what_a_public_claim_rests_on_is_refused(public_claim, dependency):
    with pytest.raises(ProtectedError):
        DEPENDENCIES[dependency](public_claim).delete()
    assert Claim.objects.published().filter(pk=public_claim.pk).exists()
    assert Verdict.objects.filter(claim=public_claim).exists()


def admin_messages(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


def test_the_admin_refuses_to_delete_a_source_claims_quote_and_names_them(client, editor, public_claim):
    source = public_claim.appearances.get().source
    client.force_login(editor)
    url = reverse("admin:claims_source_delete", args=[source.pk])
    for response in (client.get(url), client.post(url, {"post": "yes"})):
        assert response.status_code == 302
        assert response["Location"] == reverse("admin:claims_source_change", args=[source.pk])
        message = admin_messages(response)[-1]
        assert "Nothing was deleted" in message
        assert "the claim “A public claim nothing may take away.” quotes it" in message
        assert "Remove its quotes from those claims first" in message
    assert Source.objects.filter(pk=source.pk).exists()


def test_the_message_shows_on_the_sources_page(client, editor, public_claim):
    source = public_claim.appearances.get().source
    client.force_login(editor)
    page = client.post(reverse("admin:claims_source_delete", args=[source.pk]), {"post": "yes"}, follow=True)
    assert page.status_code == 200
    assert "cannot be deleted: the claim “A public claim nothing may take away.” quotes it" in page.content.decode()


def test_the_bulk_delete_refuses_the_whole_selection_when_one_source_is_quoted(client, editor, public_claim):
    quoted = public_claim.appearances.get().source
    loose = make_source("Nobody quotes this note about 4 ferries.", publisher="Loose Leaf")
    client.force_login(editor)
    response = client.post(
        reverse("admin:claims_source_changelist"),
        {"action": "delete_selected", "_selected_action": [quoted.pk, loose.pk], "post": "yes"},
    )
    assert response.status_code == 302
    assert "quotes it" in admin_messages(response)[0]
    assert Source.objects.filter(pk__in=[quoted.pk, loose.pk]).count() == 2


def test_a_source_nobody_quotes_is_deleted_with_what_was_read_from_it(client, editor):
    source = make_source("Nobody quotes this: the port handled 7 ships on Sunday in Aktau.", publisher="Loose Leaf")
    assert source.figures.exists() and source.mentions.exists()
    client.force_login(editor)
    response = client.post(reverse("admin:claims_source_delete", args=[source.pk]), {"post": "yes"})
    assert response.status_code == 302
    assert not Source.objects.filter(pk=source.pk).exists()
    assert not Figure.objects.filter(source_id=source.pk).exists()
    assert not Mention.objects.filter(source_id=source.pk).exists()


def test_the_admin_refuses_to_delete_a_claim_with_a_verdict(client, editor, public_claim):
    client.force_login(editor)
    response = client.post(reverse("admin:claims_claim_delete", args=[public_claim.pk]), {"post": "yes"})
    assert response.status_code == 302
    (message,) = admin_messages(response)
    assert "it has a verdict (Mostly true)" in message
    assert "a public one is corrected, never deleted" in message
    assert Claim.objects.filter(pk=public_claim.pk).exists()


def test_a_superuser_deleting_a_claimant_is_told_which_claims_name_them(client, superuser, public_claim):
    client.force_login(superuser)
    response = client.post(reverse("admin:claims_claimant_delete", args=[public_claim.claimant_id]), {"post": "yes"})
    assert response.status_code == 302
    assert "the claim “A public claim nothing may take away.” refers to it" in admin_messages(response)[0]
    assert Claim.objects.filter(pk=public_claim.pk, claimant__isnull=False).exists()


def test_a_draft_without_a_verdict_can_still_be_deleted(client, editor):
    claim = make_claim(author=editor, text="A false start.")
    claim.verdict.delete()
    client.force_login(editor)
    client.post(reverse("admin:claims_claim_delete", args=[claim.pk]), {"post": "yes"})
    assert not Claim.objects.filter(pk=claim.pk).exists()
