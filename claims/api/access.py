"""Who may do what through the API: anyone may read, nobody may write, and
anonymous use is throttled so one scraper cannot starve the desk."""

from django.conf import settings
from rest_framework.exceptions import MethodNotAllowed
from rest_framework.permissions import SAFE_METHODS, BasePermission
from rest_framework.throttling import AnonRateThrottle


class ReadOnly(BasePermission):
    """Refuses every unsafe method, even on a view that would accept one: verifying a
    claim takes two people in the back office, never a request to the API."""

    def has_permission(self, request, view):
        if request.method in SAFE_METHODS:
            return True
        raise MethodNotAllowed(request.method, detail=f"The API is read-only: {request.method} is not allowed.")


class ReaderRateThrottle(AnonRateThrottle):
    """AnonRateThrottle, but reading its rate at request time, so a test (or an
    operator) can change API_ANON_RATE without reloading DRF's settings."""

    def get_rate(self):
        return settings.API_ANON_RATE or None
