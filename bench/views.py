"""The framework floor: the cheapest answer Django can give through the desk's own middleware.
Every page's requests per second is measured against it, on the same server in the same run."""

from django.http import HttpResponse
from django.views.decorators.http import require_safe


@require_safe
def floor(request):
    return HttpResponse(b"ok", content_type="text/plain")
