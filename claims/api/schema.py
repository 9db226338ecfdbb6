"""Finishing touches to the generated OpenAPI schema: the error answers every
endpoint can give, so clients (and the schema fuzzer) know them in advance."""

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
    """A POSTPROCESSING_HOOK for drf-spectacular: adds 400, 404 and 429 answers."""
    schemas = result.setdefault("components", {}).setdefault("schemas", {})
    schemas["Error"] = ERROR
    schemas["InvalidParameters"] = INVALID_PARAMETERS
    for operations in result.get("paths", {}).values():
        for operation in operations.values():
            responses = operation["responses"]
            names = {parameter["name"] for parameter in operation.get("parameters", []) if parameter["in"] == "query"}
            if names:
                responses.setdefault("400", _answer("A filter, page or page size is malformed.", "InvalidParameters"))
            if "page" in names or any(parameter["in"] == "path" for parameter in operation.get("parameters", [])):
                responses.setdefault("404", _answer("No such object, or no such page.", "Error"))
            responses.setdefault("429", _answer("Too many requests; the Retry-After header says when to come back.", "Error"))
    return result
