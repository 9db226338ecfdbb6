"""Public pages. Each starts from a queryset that admits only what readers may see,
and fetches a fixed number of rows whatever the size of the page."""
