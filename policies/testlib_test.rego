# Helpers for the policy tests (a *_test.rego file, so never part of the build).
package zac.testlib

# The names of the rights that are true in a rights object.
waar(rechten) := {recht | some recht, waarde in rechten; waarde == true}

rollen := ["raadpleger", "behandelaar", "coordinator", "recordmanager", "beheerder"]
