"""The benchmark: a realistic archive generator, a load run against the framework floor,
and the cost of detection as the corpus grows. Not part of `make test`; see docs/performance.md."""
