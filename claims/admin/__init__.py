"""The newsroom's back office. One module a feature: sources, claims, review, detection."""

from . import claims, detection, review, sources, verdicts  # noqa: F401  (registers the ModelAdmins)

from django.contrib import admin

admin.site.site_header = "Fact-checking desk"
admin.site.site_title = "Fact-checking desk"
admin.site.index_title = "Back office"
