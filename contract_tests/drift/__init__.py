"""Drift a team can act on: stable findings, known drift, changes since the last run, spec patches.

`subject` names what a finding is about (a JSON path, an event type or a title) and gives it a
stable key; `explain` turns a failed check on a page into one subject per distinct problem;
`known` reads contract_tests/known-drift.toml; `records` triages the run's findings; `history`
writes findings.json and compares it with the previous run's; `locate`, `proposals`, `yaml_text`
and `patch` turn absorbable findings into spec.patch; `folder` does all of it at the end of a run.
"""
