"""Who may see and do what, URL by URL: every public page, every admin page and action,
the review desk and the API, against the five personas.

One row per URL (or per action on a URL): what each persona gets back, and for the
rows that change something, whether the change happened. A persona not named in a
row's expectation gets the row's default. Adding a URL is adding a row; the guard
tests at the bottom fail when a public URL or an admin action has none.
"""

from dataclasses import dataclass, field
from functools import cache, cached_property
from typing import Callable

import pytest
from django.contrib import admin
from django.contrib.auth.models import Group
from django.db import transaction
from django.test import Client
from django.urls import get_resolver, reverse

from claims.models import Claim, Discrepancy, Entity, Source
from claims.services.review import claim_submit
from tests.admin_forms import admin_post_data
from tests.factories import make_claim, make_source, make_verified_claim

pytestmark = pytest.mark.django_db

PERSONAS = ["anonymous", "reader_account", "editor", "reviewer", "superuser"]
LOGIN = "login"  # redirected to the admin's login form
# A bulk action the persona may not run is not offered: the list comes back (200), or, when
# the persona has other actions there, Django answers "no action selected" (302).
NOT_OFFERED = (200, 302)

LOOSE_TEXT = "A note nobody quotes: the council met on Friday and 3 members were absent."


class World:
    """What the rows act on, built on first use so a row pays only for what it touches.
    Its claims are written by an editor and verified by a reviewer who are none of the personas."""

    def __init__(self, django_user_model):
        self.users = django_user_model

    def _user(self, username, group):
        user = self.users.objects.create_user(username=username, password="x", is_staff=True)
        user.groups.add(Group.objects.get(name=group))
        return user

    @cached_property
    def author(self):
        return self._user("world-author", "Editors")

    @cached_property
    def verifier(self):
        return self._user("world-verifier", "Reviewers")

    @cached_property
    def builder(self):
        """A client that may open every form, to read the fields a browser would post."""
        client = Client()
        client.force_login(self.users.objects.create_superuser("world-builder", password="x"))
        return client

    def form_data(self, url, fields, inlines=None):
        return admin_post_data(self.builder.get(url), fields, inlines)

    @cached_property
    def source(self):
        return make_source(publisher="Matrix Times")

    @cached_property
    def loose_source(self):
        return make_source(LOOSE_TEXT, publisher="Loose Leaf")

    @cached_property
    def draft(self):
        return make_claim(author=self.author, source=self.source, text="A draft claim readers never see.")

    @cached_property
    def in_review(self):
        claim = make_claim(author=self.author, source=self.source, text="A claim waiting for a reviewer.")
        return claim_submit(claim=claim, user=self.author)

    @cached_property
    def verified(self):
        return make_verified_claim(
            author=self.author, reviewer=self.verifier, source=self.source, text="A verified claim readers see."
        )

    @cached_property
    def entity(self):
        return Entity.objects.create(name="Astana", slug="astana", kind=Entity.Kind.PLACE)

    @cached_property
    def other_entity(self):
        return Entity.objects.create(name="Nur-Sultan", slug="nur-sultan", kind=Entity.Kind.PLACE)

    @cached_property
    def mention(self):
        return self.source.mentions.first()

    @cached_property
    def figure(self):
        return self.source.figures.first()

    @cached_property
    def flag(self):
        return Discrepancy.objects.create(
            key="matrix:flag", kind=Discrepancy.Kind.NAME, label="spelling_across_sources",
            reason="Spelled two ways.", entity=self.entity,
        )

    @property
    def claimant_obj(self):
        return self.verified.claimant

    @property
    def topic_obj(self):
        return self.verified.topic

    @property
    def verdict_obj(self):
        return self.verified.verdict

    @cached_property
    def first_claim_history(self):
        return self.verified.history.earliest()

    def fresh(self, obj):
        return type(obj).objects.filter(pk=obj.pk).first()


def admin_url(name, *args):
    return lambda w: reverse(f"admin:{name}", args=[arg(w) for arg in args])


def pk(attribute):
    return lambda w: getattr(w, attribute).pk


@dataclass
class Row:
    id: str
    url: Callable[[World], str]
    expect: dict  # persona -> status code or LOGIN
    default: object = LOGIN
    method: str = "get"
    data: Callable[[World], dict] | None = None
    happened: Callable[[World], bool] | None = None  # did the change take effect?
    done_by: set = field(default_factory=set)  # personas for whom it must have happened
    action: str = ""  # the admin action a changelist row runs

    def expected(self, persona):
        return self.expect.get(persona, self.default)


def everyone(status):
    return {persona: status for persona in PERSONAS}


def staff(*, editor, reviewer, superuser=200):
    """Admin pages: the two personas without a staff role are sent to the login form."""
    return {"editor": editor, "reviewer": reviewer, "superuser": superuser}


def api(name, *args):
    return lambda w: reverse(f"api:{name}", args=[arg(w) for arg in args])


def public(name, *args):
    return lambda w: reverse(name, args=[arg(w) for arg in args])


def slug(attribute):
    return lambda w: getattr(w, attribute).slug


def action_row(id, changelist, action, selected, expect, *, happened, done_by=frozenset(), prepare=None):
    """A bulk action from a changelist: `selected` names the world's objects it runs on."""

    def data(w):
        if prepare:
            prepare(w)
        chosen = [getattr(w, name) for name in selected]
        # The versions a changelist shows beside each row (the review queue's bulk verify needs them).
        seen = {f"seen-version-{obj.pk}": obj.version for obj in chosen if hasattr(obj, "version")}
        return {"action": action, "_selected_action": [obj.pk for obj in chosen], **seen}

    return Row(id, admin_url(changelist), expect, method="post", data=data, happened=happened, done_by=set(done_by),
               action=action)


def require_action(model, action):
    """A row's bulk action must exist: a renamed or removed action fails its row."""
    model_admin = next(ma for m, ma in admin.site._registry.items() if m._meta.model_name == model)
    assert action in {getattr(a, "__name__", a) for a in model_admin.actions or []}, f"{model} has no {action}"


def review_post(action, claim_attr, note=""):
    def data(w):
        claim = getattr(w, claim_attr)
        return {"action": action, "version": claim.version, "note": note}

    return data


def status_of(claim_attr):
    return lambda w: w.fresh(getattr(w, claim_attr)).status


# --- The table ------------------------------------------------------------------------

PUBLIC_ROWS = [
    Row("public:claim list", lambda w: w.verified and reverse("claims:claim_list"), everyone(200)),
    Row("public:verified claim", lambda w: w.verified.get_absolute_url(), everyone(200)),
    Row("public:draft claim never leaks", lambda w: w.draft.get_absolute_url(), everyone(404)),
    Row("public:claim in review never leaks", lambda w: w.in_review.get_absolute_url(), everyone(404)),
    Row("public:source", lambda w: w.source.get_absolute_url(), everyone(200)),
    Row("public:entity", lambda w: w.entity.get_absolute_url(), everyone(200)),
    Row("public:discrepancies", lambda w: reverse("claims:discrepancy_list"), everyone(200)),
    Row("public:how we rate", lambda w: reverse("claims:how_we_rate"), everyone(200)),
    Row("public:health check", lambda w: reverse("healthz"), everyone(200)),
    Row("public:method", public("claims:method"), everyone(200)),
    Row("public:corrections", public("claims:correction_list"), everyone(200)),
    Row("public:search", lambda w: public("claims:search")(w) + "?q=schools", everyone(200)),
    Row("public:figure group", public("claims:figure_group", lambda w: w.figure.group_key), everyone(200)),
    Row("public:feed of verified claims", public("claims:feed_claims"), everyone(200)),
    Row("public:feed of corrections", public("claims:feed_corrections"), everyone(200)),
    Row("public:robots.txt", public("robots_txt"), everyone(200)),
    Row("public:sitemap", public("sitemap"), everyone(200)),
    Row("public:claim list refuses writes", lambda w: reverse("claims:claim_list"), everyone(405), method="post"),
]

# Models whose admin pages every staff member may read, and what each role may do there.
# (model, object, editor may: add, delete; superuser may: add, delete)
ADMIN_MODELS = [
    ("source", "loose_source", dict(add=True, delete=True), dict(add=True, delete=True)),
    ("claimant", "claimant_obj", dict(add=True, delete=False), dict(add=True, delete=True)),
    ("topic", "topic_obj", dict(add=True, delete=False), dict(add=True, delete=True)),
    ("entity", "entity", dict(add=True, delete=False), dict(add=True, delete=True)),
    ("mention", "mention", dict(add=False, delete=False), dict(add=False, delete=True)),
    ("figure", "figure", dict(add=False, delete=False), dict(add=False, delete=True)),
    ("discrepancy", "flag", dict(add=False, delete=False), dict(add=False, delete=True)),
    ("verdict", "verdict_obj", dict(add=False, delete=False), dict(add=False, delete=False)),
]
# Claimants and topics here are relied on by claims: deleting them is refused with a message.
PROTECTED_FROM_SUPERUSER = {"claimant", "topic"}


def _admin_model_rows():
    rows = []
    for model, obj, editor_may, superuser_may in ADMIN_MODELS:
        ok = lambda allowed: 200 if allowed else 403  # noqa: E731
        superuser_delete = 302 if model in PROTECTED_FROM_SUPERUSER else ok(superuser_may["delete"])
        rows += [
            Row(f"admin:{model} list", admin_url(f"claims_{model}_changelist"), staff(editor=200, reviewer=200)),
            Row(
                f"admin:{model} add", admin_url(f"claims_{model}_add"),
                staff(editor=ok(editor_may["add"]), reviewer=403, superuser=ok(superuser_may["add"])),
            ),
            Row(f"admin:{model} change page", admin_url(f"claims_{model}_change", pk(obj)), staff(editor=200, reviewer=200)),
            Row(
                f"admin:{model} delete page", admin_url(f"claims_{model}_delete", pk(obj)),
                staff(editor=ok(editor_may["delete"]), reviewer=403, superuser=superuser_delete),
            ),
        ]
        if model in ("source", "entity", "discrepancy", "verdict"):
            rows.append(
                Row(f"admin:{model} history", admin_url(f"claims_{model}_history", pk(obj)), staff(editor=200, reviewer=200))
            )
    return rows


ADMIN_ROWS = [
    Row("admin:index", admin_url("index"), staff(editor=200, reviewer=200)),
    *_admin_model_rows(),
    Row("admin:claim list", admin_url("claims_claim_changelist"), staff(editor=200, reviewer=200)),
    Row("admin:claim add", admin_url("claims_claim_add"), staff(editor=200, reviewer=403)),
    Row("admin:draft claim change page", admin_url("claims_claim_change", pk("draft")), staff(editor=200, reviewer=200)),
    Row("admin:claim history", admin_url("claims_claim_history", pk("verified")), staff(editor=200, reviewer=200)),
    Row(
        "admin:claim old version (read only)",
        lambda w: reverse("admin:claims_claim_simple_history", args=[w.verified.pk, w.first_claim_history.history_id]),
        staff(editor=200, reviewer=200),
    ),
    # A claim with a verdict is never deleted: those who may delete are told why.
    Row(
        "admin:claim delete page", admin_url("claims_claim_delete", pk("verified")),
        staff(editor=302, reviewer=403, superuser=302),
    ),
    Row("admin:review page", admin_url("claims_claim_review", pk("in_review")), staff(editor=200, reviewer=200)),
    Row("admin:review queue", admin_url("claims_reviewqueue_changelist"), staff(editor=403, reviewer=200)),
    Row("admin:users", admin_url("auth_user_changelist"), staff(editor=403, reviewer=403)),
    Row("admin:groups", admin_url("auth_group_changelist"), staff(editor=403, reviewer=403)),
    Row("admin:login attempts", admin_url("axes_accessattempt_changelist"), staff(editor=403, reviewer=403)),
    Row("admin:login log", admin_url("axes_accesslog_changelist"), staff(editor=403, reviewer=403)),
]

ACTION_ROWS = [
    Row(
        "do:add a source by pasting", admin_url("claims_source_add"), staff(editor=302, reviewer=403, superuser=302),
        method="post",
        data=lambda w: w.form_data(
            reverse("admin:claims_source_add"),
            {"publisher": "Pasted Post", "language": "en", "text": "The mayor said 40 buses were bought in 2023."},
        ),
        happened=lambda w: Source.objects.filter(publisher="Pasted Post").exists(),
        done_by={"editor", "superuser"},
    ),
    Row(
        "do:edit a draft claim", admin_url("claims_claim_change", pk("draft")),
        staff(editor=302, reviewer=403, superuser=302), method="post",
        data=lambda w: w.form_data(
            reverse("admin:claims_claim_change", args=[w.draft.pk]),
            {"text": "An edited draft.", "slug": w.draft.slug, "claimant": w.draft.claimant_id, "topic": w.draft.topic_id},
        ),
        happened=lambda w: w.fresh(w.draft).text == "An edited draft.",
        done_by={"editor", "superuser"},
    ),
    # In review the claim is frozen for everyone: editors are told so, nothing changes.
    Row(
        "do:edit a claim in review", admin_url("claims_claim_change", pk("in_review")),
        staff(editor=302, reviewer=403, superuser=302), method="post",
        data=lambda w: {"text": "Changed under the reviewer's nose.", "slug": w.in_review.slug},
        happened=lambda w: w.fresh(w.in_review).text == "Changed under the reviewer's nose.",
    ),
    Row(
        "do:submit a draft for review", admin_url("claims_claim_review", pk("draft")),
        staff(editor=302, reviewer=403, superuser=302), method="post", data=review_post("submit", "draft"),
        happened=lambda w: status_of("draft")(w) == Claim.Status.IN_REVIEW,
        done_by={"editor", "superuser"},
    ),
    Row(
        "do:verify on the review page", admin_url("claims_claim_review", pk("in_review")),
        staff(editor=403, reviewer=302, superuser=302), method="post", data=review_post("verify", "in_review"),
        happened=lambda w: status_of("in_review")(w) == Claim.Status.VERIFIED,
        done_by={"reviewer", "superuser"},
    ),
    Row(
        "do:send back on the review page", admin_url("claims_claim_review", pk("in_review")),
        staff(editor=403, reviewer=302, superuser=302), method="post",
        data=review_post("send_back", "in_review", note="Check the date."),
        happened=lambda w: status_of("in_review")(w) == Claim.Status.SENT_BACK,
        done_by={"reviewer", "superuser"},
    ),
    action_row(
        "do:submit from the claim list", "claims_claim_changelist", "submit_for_review", ["draft"],
        staff(editor=302, reviewer=NOT_OFFERED, superuser=302),
        happened=lambda w: status_of("draft")(w) == Claim.Status.IN_REVIEW, done_by={"editor", "superuser"},
    ),
    action_row(
        "do:export claims as CSV", "claims_claim_changelist", "export_claims_csv", ["verified", "draft"],
        staff(editor=200, reviewer=200, superuser=200),
        prepare=lambda w: require_action("claim", "export_claims_csv"),
        happened=lambda w: status_of("draft")(w) != Claim.Status.DRAFT,  # exporting changes nothing
    ),
    action_row(
        "do:verify from the review queue", "claims_reviewqueue_changelist", "mark_verified", ["in_review"],
        staff(editor=403, reviewer=302, superuser=302),
        happened=lambda w: status_of("in_review")(w) == Claim.Status.VERIFIED, done_by={"reviewer", "superuser"},
    ),
    action_row(
        "do:confirm a flag", "claims_discrepancy_changelist", "confirm", ["flag"],
        staff(editor=302, reviewer=NOT_OFFERED, superuser=302),
        happened=lambda w: w.fresh(w.flag).status == Discrepancy.Status.CONFIRMED, done_by={"editor", "superuser"},
    ),
    action_row(
        "do:dismiss a flag", "claims_discrepancy_changelist", "dismiss", ["flag"],
        staff(editor=302, reviewer=NOT_OFFERED, superuser=302),
        happened=lambda w: w.fresh(w.flag).status == Discrepancy.Status.DISMISSED, done_by={"editor", "superuser"},
    ),
    action_row(
        "do:reopen a flag", "claims_discrepancy_changelist", "reopen", ["flag"],
        staff(editor=302, reviewer=NOT_OFFERED, superuser=302),
        prepare=lambda w: Discrepancy.objects.filter(pk=w.flag.pk).update(status=Discrepancy.Status.CONFIRMED),
        happened=lambda w: w.fresh(w.flag).status == Discrepancy.Status.OPEN, done_by={"editor", "superuser"},
    ),
    action_row(
        "do:merge two entities", "claims_entity_changelist", "merge", ["entity", "other_entity"],
        staff(editor=302, reviewer=NOT_OFFERED, superuser=302),
        happened=lambda w: Entity.objects.filter(pk__in=[w.entity.pk, w.other_entity.pk]).count() == 1,
        done_by={"editor", "superuser"},
    ),
    action_row(
        "do:split a spelling off", "claims_mention_changelist", "split", ["mention"],
        staff(editor=302, reviewer=NOT_OFFERED, superuser=302),
        happened=lambda w: w.fresh(w.mention).entity_locked, done_by={"editor", "superuser"},
    ),
    action_row(
        "do:group figures together", "claims_figure_changelist", "group_together", ["figure"],
        staff(editor=302, reviewer=NOT_OFFERED, superuser=302),
        happened=lambda w: w.fresh(w.figure).group_key.startswith("editor:"), done_by={"editor", "superuser"},
    ),
    action_row(
        "do:take a figure out of its group", "claims_figure_changelist", "take_out_of_group", ["figure"],
        staff(editor=302, reviewer=NOT_OFFERED, superuser=302),
        happened=lambda w: w.fresh(w.figure).group_key.startswith("editor:alone:"), done_by={"editor", "superuser"},
    ),
    action_row(
        "do:bulk delete sources claims quote", "claims_source_changelist", "delete_selected", ["source"],
        staff(editor=302, reviewer=NOT_OFFERED, superuser=302),
        prepare=lambda w: w.verified,
        happened=lambda w: w.fresh(w.source) is None,
    ),
    Row(
        "do:delete a source nobody quotes", admin_url("claims_source_delete", pk("loose_source")),
        staff(editor=302, reviewer=403, superuser=302), method="post", data=lambda w: {"post": "yes"},
        happened=lambda w: w.fresh(w.loose_source) is None,
        done_by={"editor", "superuser"},
    ),
    Row(
        "do:delete a source claims quote", admin_url("claims_source_delete", pk("source")),
        staff(editor=302, reviewer=403, superuser=302), method="post",
        data=lambda w: (w.verified, {"post": "yes"})[1],
        happened=lambda w: w.fresh(w.source) is None,
    ),
    Row(
        "do:delete a verified claim", admin_url("claims_claim_delete", pk("verified")),
        staff(editor=302, reviewer=403, superuser=302), method="post", data=lambda w: {"post": "yes"},
        happened=lambda w: w.fresh(w.verified) is None,
    ),
    # The history shows old versions; nobody restores one over the record (it would carry
    # an old status and version past the review rules).
    Row(
        "do:restore an old version of a claim",
        lambda w: reverse("admin:claims_claim_simple_history", args=[w.verified.pk, w.first_claim_history.history_id]),
        staff(editor=403, reviewer=403, superuser=403), method="post",
        data=lambda w: {"text": w.verified.text, "slug": w.verified.slug},
        happened=lambda w: status_of("verified")(w) != Claim.Status.VERIFIED,
    ),
    Row(
        "do:add a user", admin_url("auth_user_add"), staff(editor=403, reviewer=403, superuser=302), method="post",
        data=lambda w: {"username": "newcomer", "password1": "a long passphrase 42", "password2": "a long passphrase 42",
                        "usable_password": "true"},
        happened=lambda w: w.users.objects.filter(username="newcomer").exists(),
        done_by={"superuser"},
    ),
]

API_ROWS = [
    Row("api:root", api("api-root"), everyone(200)),
    Row("api:schema", api("openapi"), everyone(200)),
    Row("api:claims", api("claim-list"), everyone(200)),
    Row("api:verified claim", api("claim-detail", slug("verified")), everyone(200)),
    Row("api:draft claim never leaks", api("claim-detail", slug("draft")), everyone(404)),
    Row("api:claim in review never leaks", api("claim-detail", slug("in_review")), everyone(404)),
    Row("api:verdicts", api("verdict-list"), everyone(200)),
    Row("api:sources", api("source-list"), everyone(200)),
    Row("api:source", api("source-detail", pk("source")), everyone(200)),
    Row("api:entities", api("entity-list"), everyone(200)),
    Row("api:entity", api("entity-detail", slug("entity")), everyone(200)),
    Row("api:discrepancies", api("discrepancy-list"), everyone(200)),
    Row("api:discrepancy", api("discrepancy-detail", pk("flag")), everyone(200)),
    # Read-only for everyone, whoever is logged in: no verification through the API.
    Row("api:create a claim", api("claim-list"), everyone(405), method="post", data=lambda w: {"text": "x"},
        happened=lambda w: Claim.objects.filter(text="x").exists()),
    *[
        Row(f"api:{method} a claim in review", api("claim-detail", slug("in_review")), everyone(405), method=method,
            data=lambda w: {"status": "verified"},
            happened=lambda w: status_of("in_review")(w) != Claim.Status.IN_REVIEW)
        for method in ("put", "patch", "delete")
    ],
    *[
        Row(f"api:{method} a verified claim", api("claim-detail", slug("verified")), everyone(405), method=method,
            data=lambda w: {"status": "draft"},
            happened=lambda w: w.fresh(w.verified) is None or status_of("verified")(w) != Claim.Status.VERIFIED)
        for method in ("put", "patch", "delete")
    ],
    Row("api:change a verdict", api("verdict-detail", pk("verdict_obj")), everyone(405), method="patch",
        data=lambda w: {"rating": "false"}, happened=lambda w: w.fresh(w.verdict_obj).rating == "false"),
]

ROWS = PUBLIC_ROWS + ADMIN_ROWS + ACTION_ROWS + API_ROWS


@pytest.fixture
def world(django_user_model, settings):
    settings.API_ANON_RATE = ""  # the matrix asks many times from one address
    return World(django_user_model)


def outcome(response):
    if response.status_code == 302 and response["Location"].startswith(reverse("admin:login")):
        return LOGIN
    return response.status_code


@cache
def shared_client():
    """One client for the whole matrix: each new client loads the middleware again, and
    WhiteNoise's start-up scan of the static files would dominate the run."""
    return Client()


def act(row, world, client):
    url = row.url(world)
    data = row.data(world) if row.data else None
    send = getattr(client, row.method)
    if row.method in ("put", "patch") or (row.method == "delete" and data):
        return send(url, data, content_type="application/json")
    return send(url, data) if data is not None else send(url)


@pytest.mark.parametrize("row", ROWS, ids=[row.id for row in ROWS])
def test_each_persona_sees_and_does_exactly_what_their_role_allows(row, world, request):
    # The world and the personas are built once per row; each persona then acts inside
    # a savepoint that is rolled back, so every persona meets the same world.
    users = {persona: request.getfixturevalue(persona) for persona in PERSONAS if persona != "anonymous"}
    row.url(world), row.data and row.data(world)
    wrong = []
    client = shared_client()
    for persona in PERSONAS:
        with transaction.atomic():
            client.logout()
            if persona in users:
                client.force_login(users[persona])
            response = act(row, world, client)
            got = outcome(response)
            expected = row.expected(persona)
            if got != expected and not (isinstance(expected, tuple) and got in expected):
                wrong.append(f"{persona}: got {got} ({response.get('Location', '')}), expected {expected}")
            if row.happened is not None and row.happened(world) != (persona in row.done_by):
                wrong.append(f"{persona}: the change {'did not happen' if persona in row.done_by else 'happened'}")
            transaction.set_rollback(True)
    assert not wrong, "\n".join(wrong)


# --- The two-person rule, on every path that verifies ---------------------------------


@pytest.fixture
def own_claim(reviewer):
    """A claim whose verdict the reviewer wrote (a reviewer who also edits)."""
    reviewer.groups.add(Group.objects.get(name="Editors"))
    return claim_submit(claim=make_claim(author=reviewer, text="Written by the reviewer."), user=reviewer)


VERIFY_PATHS = {
    "review page": lambda c, claim: c.post(
        reverse("admin:claims_claim_review", args=[claim.pk]), {"action": "verify", "version": claim.version}
    ),
    "review queue": lambda c, claim: c.post(
        reverse("admin:claims_reviewqueue_changelist"),
        {"action": "mark_verified", "_selected_action": [claim.pk], f"seen-version-{claim.pk}": claim.version},
    ),
    "api": lambda c, claim: c.patch(
        f"/api/claims/{claim.slug}/", {"status": "verified"}, content_type="application/json"
    ),
}


@pytest.mark.parametrize("path", VERIFY_PATHS)
def test_nobody_verifies_a_verdict_they_wrote_on_any_path(path, client, reviewer, own_claim):
    client.force_login(reviewer)
    VERIFY_PATHS[path](client, own_claim)
    own_claim.refresh_from_db()
    assert own_claim.status == Claim.Status.IN_REVIEW


@pytest.mark.parametrize("path", VERIFY_PATHS)
def test_nobody_verifies_a_verdict_they_last_edited_on_any_path(path, client, reviewer, editor):
    claim = make_claim(author=editor, text="Edited last by the reviewer.")
    claim.verdict.updated_by = reviewer
    claim.verdict.save()
    claim = claim_submit(claim=claim, user=editor)
    client.force_login(reviewer)
    VERIFY_PATHS[path](client, claim)
    claim.refresh_from_db()
    assert claim.status == Claim.Status.IN_REVIEW


def test_a_review_step_without_the_csrf_token_is_refused(reviewer, editor):
    claim = claim_submit(claim=make_claim(author=editor), user=editor)
    client = Client(enforce_csrf_checks=True)
    client.force_login(reviewer)
    response = client.post(reverse("admin:claims_claim_review", args=[claim.pk]), {"action": "verify", "version": claim.version})
    assert response.status_code == 403
    claim.refresh_from_db()
    assert claim.status == Claim.Status.IN_REVIEW


def test_a_logged_in_reader_sees_public_pages_as_an_anonymous_reader_does(client, reader_account, editor, reviewer):
    verified = make_verified_claim(author=editor, reviewer=reviewer, text="Seen by every reader alike.")
    make_claim(author=editor, text="A draft no reader sees.")
    anonymous = client.get(reverse("claims:claim_list"))
    logged_in = Client()
    logged_in.force_login(reader_account)
    mine = logged_in.get(reverse("claims:claim_list"))
    assert list(anonymous.context["claims"]) == list(mine.context["claims"]) == [verified]


# --- Guards: a new URL or action without a row fails here --------------------------------


def _public_url_names():
    names = set()
    for pattern in get_resolver().url_patterns:
        if str(pattern.pattern).startswith("admin/"):
            continue
        namespace = getattr(pattern, "namespace", None)
        children = getattr(pattern, "url_patterns", None)
        if children is None:
            names.add(pattern.name)
            continue
        for child in children:
            if getattr(child, "url_patterns", None) is None and child.name:
                names.add(f"{namespace}:{child.name}" if namespace else child.name)
    return names


def _rows_url_names(world):
    names = set()
    for row in PUBLIC_ROWS + API_ROWS:
        try:
            url = row.url(world)
        except pytest.skip.Exception:
            continue
        match = get_resolver().resolve(url.split("?")[0])
        names.add(match.view_name)
    return names


def test_every_public_url_has_a_row_in_the_matrix(world):
    uncovered = _public_url_names() - _rows_url_names(world)
    assert not uncovered, f"add a row to the permission matrix for: {sorted(uncovered)}"


def test_every_admin_action_has_a_row_in_the_matrix():
    covered = {row.action for row in ACTION_ROWS if row.action}
    declared = {"delete_selected"}
    for model_admin in admin.site._registry.values():
        if model_admin.opts.app_label == "claims":
            declared |= {getattr(action, "__name__", action) for action in model_admin.actions or []}
    assert declared <= covered, f"add a row to the permission matrix for: {sorted(declared - covered)}"
