"""Guards that keep a malformed public URL from reaching the database as is."""

from django.http import QueryDict


class StripNullCharactersMiddleware:
    """PostgreSQL refuses NUL characters in text; no reader means one, so drop them
    from the query string before any filter sees it (a 500 is never the answer)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if "\x00" in request.META.get("QUERY_STRING", "") or "%00" in request.META.get("QUERY_STRING", ""):
            cleaned = QueryDict(mutable=True)
            for key, values in request.GET.lists():
                cleaned.setlist(key.replace("\x00", ""), [value.replace("\x00", "") for value in values])
            cleaned._mutable = False
            request.GET = cleaned
        return self.get_response(request)
