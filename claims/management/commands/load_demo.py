"""Fill the desk with the demo story: two outlets' reports of the 2019 state visit,
imported through the detection engine (so every flag is computed, none is typed),
claims and verdicts an editor wrote, verified by a second person."""

import json
import secrets
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils.text import slugify

from claims.detection.articles import read_article
from claims.models import Appearance, Claim, Claimant, EvidenceLink, Source, Topic, Verdict
from claims.services.detection import link_claim
from claims.services.imports import SourceInput, import_source
from claims.services.review import claim_submit, claim_verify

DEMO_DIR = Path(__file__).resolve().parents[2] / "demo"
DEMO_USERS = [("editor", "Editors", "Erin", "Editor"), ("reviewer", "Reviewers", "Rafael", "Reviewer")]


class Command(BaseCommand):
    help = "Load the demo story and create a demo editor and reviewer (development only)."

    def add_arguments(self, parser):
        parser.add_argument("--no-users", action="store_true", help="Load the story without creating users.")

    def handle(self, *args, no_users=False, **options):
        if not settings.DEBUG:
            raise CommandError(
                "The demo creates users with printed passwords; it runs only with DEBUG=1, never in production."
            )
        with transaction.atomic():
            sources = self.load_sources()
            users = self.create_users() if not no_users else {}
            editor = users.get("editor") or get_user_model().objects.filter(groups__name="Editors").first()
            reviewer = users.get("reviewer") or get_user_model().objects.filter(groups__name="Reviewers").first()
            if editor and reviewer:
                self.load_claims(sources, editor, reviewer)
        self.stdout.write(self.style.SUCCESS("The demo story is loaded."))
        for username, (password, group) in getattr(self, "printed", {}).items():
            self.stdout.write(f"  {group[:-1]:<9} login: {username:<9} password: {password}")

    def load_sources(self) -> dict[str, Source]:
        sources = {}
        paths = sorted((DEMO_DIR / "articles").glob("*.txt"))
        for number, path in enumerate(paths, start=1):
            article = read_article(path)
            result = import_source(SourceInput.from_article(article))
            sources[path.name] = result.source
            self.stdout.write(f"[{number}/{len(paths)}] {result.message}")
        return sources

    def create_users(self) -> dict:
        users, self.printed = {}, {}
        for username, group_name, first, last in DEMO_USERS:
            user, _ = get_user_model().objects.get_or_create(
                username=username, defaults={"first_name": first, "last_name": last, "is_staff": True}
            )
            password = secrets.token_urlsafe(9)
            user.set_password(password)
            user.is_staff = True
            user.save()
            user.groups.add(Group.objects.get(name=group_name))
            users[username], self.printed[username] = user, (password, group_name)
        return users

    def load_claims(self, sources: dict[str, Source], editor, reviewer) -> None:
        entries = json.loads((DEMO_DIR / "claims.json").read_text(encoding="utf-8"))
        for entry in entries:
            slug = slugify(entry["text"])[:100]
            if Claim.objects.filter(slug=slug).exists():
                continue
            claimant_name = entry["claimant"].split(",")[0].strip()
            claimant, _ = Claimant.objects.get_or_create(
                name=claimant_name,
                defaults={"slug": slugify(claimant_name), "description": entry["claimant"].partition(",")[2].strip()},
            )
            topic, _ = Topic.objects.get_or_create(name=entry["topic"], defaults={"slug": slugify(entry["topic"])})
            claim = Claim.objects.create(text=entry["text"], slug=slug, claimant=claimant, topic=topic, created_by=editor)
            source = sources[entry["source"]]
            start = source.text.find(entry["quote"])
            if start < 0:
                raise CommandError(f"The demo quote {entry['quote']!r} is not in {entry['source']}.")
            Appearance.objects.create(
                claim=claim, source=source, quote=entry["quote"], start=start, end=start + len(entry["quote"])
            )
            Verdict.objects.create(
                claim=claim, rating=entry["rating"], summary=entry["summary"], reasoning=entry["reasoning"], author=editor
            )
            for position, link in enumerate(entry.get("evidence", [])):
                EvidenceLink.objects.create(claim=claim, title=link["title"], url=link["url"], position=position)
            link_claim(claim)
            if entry["status"] in ("in_review", "verified"):
                claim_submit(claim=claim, user=editor)
            if entry["status"] == "verified":
                claim_verify(claim=claim, reviewer=reviewer)
