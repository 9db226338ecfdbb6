"""Filling the real admin's forms, inlines included, the way a browser would post them."""


def admin_post_data(response, fields: dict, inlines: dict[str, list[dict]] | None = None) -> dict:
    """The add/change form's data: `fields` for the main form, `inlines` by formset prefix."""
    inlines = inlines or {}
    data = dict(fields)
    for inline in response.context["inline_admin_formsets"]:
        formset = inline.formset
        prefix = formset.prefix
        rows = inlines.get(prefix, [])
        initial = formset.initial_form_count()
        data[f"{prefix}-TOTAL_FORMS"] = str(max(len(rows), initial))
        data[f"{prefix}-INITIAL_FORMS"] = str(initial)
        data[f"{prefix}-MIN_NUM_FORMS"] = "0"
        data[f"{prefix}-MAX_NUM_FORMS"] = "1000"
        for index, form in enumerate(formset.forms[:initial]):
            for name, field in form.fields.items():
                value = form.initial.get(name, field.initial)
                if value is not None and name not in ("DELETE",):
                    data[f"{prefix}-{index}-{name}"] = getattr(value, "pk", value)
        for index, row in enumerate(rows):
            for name, value in row.items():
                data[f"{prefix}-{index}-{name}"] = value
    return data
