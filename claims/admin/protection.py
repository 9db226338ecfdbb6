"""Deleting what other records rely on is refused with a sentence, not a list.

The database already refuses (every link a claim or a verdict hangs on is
PROTECT); this turns Django's "Cannot delete" page of protected objects into a
message an editor can act on, on the object's own page, for one object and for
the bulk "delete selected" action alike."""

from dataclasses import replace

from django.contrib import messages
from django.contrib.admin.options import ActionLocation
from django.contrib.admin.utils import NestedObjects, unquote
from django.db import router
from django.db.models import ProtectedError
from django.shortcuts import redirect
from django.urls import reverse

from claims.models import Appearance, Claim, Correction, Verdict

MAX_LISTED = 5


def _why(dependant) -> str:
    if isinstance(dependant, Appearance):
        return f"the claim “{dependant.claim}” quotes it"
    if isinstance(dependant, Verdict):
        return f"it has a verdict ({dependant.get_rating_display()})"
    if isinstance(dependant, Correction):
        return "a published correction refers to it"
    if isinstance(dependant, Claim):
        return f"the claim “{dependant}” refers to it"
    return f"the {dependant._meta.verbose_name} “{dependant}” refers to it"


def refusal_message(objs, dependants, advice: str) -> str:
    reasons = sorted({_why(dependant) for dependant in dependants})
    listed = "; ".join(reasons[:MAX_LISTED])
    if len(reasons) > MAX_LISTED:
        listed += f"; and {len(reasons) - MAX_LISTED} more"
    names = ", ".join(f"“{obj}”" for obj in objs[:MAX_LISTED])
    return f"Nothing was deleted. {names} cannot be deleted: {listed}. {advice}".strip()


class ExplainProtectedDeletes:
    """A ModelAdmin mixin: refuse protected deletes with a message and a redirect."""

    protected_delete_advice = "Remove what relies on it first."

    def protected_dependants(self, objs) -> list:
        collector = NestedObjects(using=router.db_for_write(self.model))
        collector.collect(objs)
        return list(collector.protected)

    def _refuse(self, request, objs, dependants, to_url):
        self.message_user(request, refusal_message(objs, dependants, self.protected_delete_advice), messages.ERROR)
        return redirect(to_url)

    def delete_view(self, request, object_id, extra_context=None):
        obj = self.get_object(request, unquote(object_id))
        if obj is not None and self.has_delete_permission(request, obj):
            change_url = reverse(f"admin:{self.opts.app_label}_{self.opts.model_name}_change", args=[obj.pk])
            dependants = self.protected_dependants([obj])
            if dependants:
                return self._refuse(request, [obj], dependants, change_url)
            try:
                return super().delete_view(request, object_id, extra_context)
            except ProtectedError as error:  # something came to rely on it since the check
                return self._refuse(request, [obj], error.protected_objects, change_url)
        return super().delete_view(request, object_id, extra_context)

    def get_actions(self, request, action_location=ActionLocation.CHANGE_LIST):
        actions = super().get_actions(request, action_location=action_location)
        if "delete_selected" in actions:
            delete_selected = actions["delete_selected"].func

            def delete_selected_unless_protected(modeladmin, request, queryset):
                objs = list(queryset)
                changelist = reverse(f"admin:{modeladmin.opts.app_label}_{modeladmin.opts.model_name}_changelist")
                dependants = modeladmin.protected_dependants(objs)
                if dependants:
                    return modeladmin._refuse(request, objs, dependants, changelist)
                try:
                    return delete_selected(modeladmin, request, queryset)
                except ProtectedError as error:  # the collector refuses before deleting anything
                    return modeladmin._refuse(request, objs, error.protected_objects, changelist)

            actions["delete_selected"] = replace(actions["delete_selected"], func=delete_selected_unless_protected)
        return actions
