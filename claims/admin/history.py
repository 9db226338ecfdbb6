"""History in the back office: every tracked model shows who changed what, and
nobody rewrites the record from it.

django-simple-history's admin can "revert" an object by POSTing an old version
to its history form, for anyone who may *view* the object, and it saves every
field of that old version: status, reviewer, version counter. That would let a
reviewer (view-only) or an editor un-publish a claim, or put an old "verified"
row back over a verdict nobody reviewed. The record here is append-only: old
versions can be read, and changes go through the services that keep the rules.
"""

from django.core.exceptions import PermissionDenied
from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin


class DeskHistoryAdmin(SimpleHistoryAdmin):
    def revert_disabled(self, request, obj=None):
        return True

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        if request.method != "GET":
            raise PermissionDenied("Old versions can be read, not restored: edit the object itself.")
        return super().history_form_view(request, object_id, version_id, extra_context)

    def get_history_queryset(self, request, history_manager, pk_name, object_id):
        # simple-history calls select_related(*tracked_foreign_keys); on a model with none that
        # is select_related() with no names, which follows every relation (and is deprecated
        # since Django 6.1). Name the history user only, plus the tracked keys when there are.
        foreign_keys = [f.name for f in history_manager.model.tracked_fields if f.many_to_one]
        return history_manager.filter(**{pk_name: object_id}).select_related("history_user", *foreign_keys)


class ReadOnlyAdmin(admin.ModelAdmin):
    """A list for reading: its rows are written elsewhere, through the services that keep the rules."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
