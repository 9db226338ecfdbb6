"""Pages of results with a bounded size. A malformed page number or size is a 400
with a message naming the parameter, never a silent fallback nor a server error."""

from django.core.paginator import InvalidPage
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.pagination import PageNumberPagination

DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100


def positive_int_param(request, name: str, default: int, maximum: int | None = None) -> int:
    raw = request.query_params.get(name)
    if raw in (None, ""):
        return default
    # isdecimal() alone would admit other scripts' digits; the API speaks ASCII numbers.
    if not (raw.isascii() and raw.isdecimal()) or len(raw) > 9 or int(raw) < 1:
        raise ValidationError({name: [f"Must be a whole number from 1{f' to {maximum}' if maximum else ''}."]})
    value = int(raw)
    if maximum is not None and value > maximum:
        raise ValidationError({name: [f"Must be a whole number from 1 to {maximum}."]})
    return value


class ReaderPagination(PageNumberPagination):
    page_size = DEFAULT_PAGE_SIZE
    page_size_query_param = "page_size"
    max_page_size = MAX_PAGE_SIZE

    def get_page_size(self, request):
        return positive_int_param(request, self.page_size_query_param, self.page_size, self.max_page_size)

    def paginate_queryset(self, queryset, request, view=None):
        self.request = request
        page_size = self.get_page_size(request)
        number = positive_int_param(request, self.page_query_param, 1)
        paginator = self.django_paginator_class(queryset, page_size)
        try:
            self.page = paginator.page(number)
        except InvalidPage:
            raise NotFound(f"There is no page {number}: the last page is {paginator.num_pages}.") from None
        return list(self.page)

    def get_schema_operation_parameters(self, view):
        parameters = super().get_schema_operation_parameters(view)
        for parameter in parameters:
            # Say in the schema what the server enforces, so clients (and the fuzzer) know.
            parameter["schema"] = {"type": "integer", "minimum": 1, "maximum": 999_999_999}
            if parameter["name"] == self.page_size_query_param:
                parameter["schema"]["maximum"] = self.max_page_size
        return parameters
