"""Finishing touches to the generated OpenAPI schema: the limits the filters enforce and
the error answers every endpoint can give, so clients (and the schema fuzzer) know them
in advance."""

from drf_spectacular.contrib.django_filters import DjangoFilterExtension


class BoundedFilterExtension(DjangoFilterExtension):
    """drf-spectacular's django-filter support, plus each text filter's max_length: a longer
    value is refused with a 400, so the schema says so."""

    priority = 1  # chosen over the stock extension

    def resolve_filter_field(self, auto_schema, model, filterset_class, field_name, filter_field):
        parameters = super().resolve_filter_field(auto_schema, model, filterset_class, field_name, filter_field)
        if max_length := filter_field.extra.get("max_length"):
            for parameter in parameters:
                parameter["schema"]["maxLength"] = max_length
        return parameters


ERROR = {
    "type": "object",
    "properties": {"detail": {"type": "string"}},
    "required": ["detail"],
    "description": "What went wrong, in a sentence.",
}
INVALID_PARAMETERS = {
    "type": "object",
    "additionalProperties": {"type": "array", "items": {"type": "string"}},
    "description": "Each malformed query parameter, with what it must be.",
}


def _answer(description: str, component: str) -> dict:
    return {"description": description, "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{component}"}}}}


def document_errors(result, generator, request, public):
    """A POSTPROCESSING_HOOK for drf-spectacular: adds 400, 404 and 429 answers, and says
    that an empty query parameter is allowed."""
    schemas = result.setdefault("components", {}).setdefault("schemas", {})
    schemas["Error"] = ERROR
    schemas["InvalidParameters"] = INVALID_PARAMETERS
    for operations in result.get("paths", {}).values():
        for operation in operations.values():
            responses = operation["responses"]
            query = [parameter for parameter in operation.get("parameters", []) if parameter["in"] == "query"]
            for parameter in query:
                # As on the pages, an empty filter (`?kind=`) means "any", not a malformed one;
                # a list of choices (`?rating=`) has no empty choice in it, so it is refused.
                if parameter["schema"].get("type") != "array":
                    parameter["allowEmptyValue"] = True
            names = {parameter["name"] for parameter in query}
            if names:
                responses.setdefault("400", _answer("A filter, page or page size is malformed.", "InvalidParameters"))
            if "page" in names or any(parameter["in"] == "path" for parameter in operation.get("parameters", [])):
                responses.setdefault("404", _answer("No such object, or no such page.", "Error"))
            responses.setdefault("429", _answer("Too many requests; the Retry-After header says when to come back.", "Error"))
    return result
