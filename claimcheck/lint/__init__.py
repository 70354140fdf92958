"""claimcheck as a CI linter: suppression comments, baselines, changed-line filters and the lint rules.

Everything here works on the JSON report (the contract) after the pipeline has run, so each
step is a small function from a report (and what it needs) to a report.
"""
