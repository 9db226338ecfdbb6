"""Steps people take in the back office, written once for every browser test."""

KNOWN_PASSWORD = "browser-journey-password"


def log_in(page, user):
    """Through the admin's own login form (django-axes watches it), with a password set here."""
    user.set_password(KNOWN_PASSWORD)
    user.save(update_fields=["password"])
    page.goto("/admin/login/?next=/admin/")
    page.fill("#id_username", user.get_username())
    page.fill("#id_password", KNOWN_PASSWORD)
    page.click("input[type=submit]")
    page.wait_for_url("**/admin/")


def choose_in_autocomplete(page, select_id, typed, option_text):
    """The admin's autocomplete (select2): open it, type, pick the option the server suggests."""
    page.click(f"#{select_id} + .select2 .select2-selection")
    page.fill(".select2-container--open .select2-search__field", typed)
    page.locator(".select2-results__option", has_text=option_text).first.click()
