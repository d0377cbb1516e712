# Shared helpers for the ZAC policies: role sets and the zaaktype rule.
# There is no implicit role hierarchy: every right names the roles that have it,
# and a user with several roles gets the union.
package zac.lib

# Every application role that may read (raadpleger up to beheerder).
leesrollen := {"raadpleger", "behandelaar", "coordinator", "recordmanager", "beheerder"}

# Every role that may change something (all but raadpleger).
schrijfrollen := {"behandelaar", "coordinator", "recordmanager", "beheerder"}

# Roles that work on open zaken only (for rights that are "open only" for them).
behandelrollen := {"behandelaar", "coordinator"}

# Roles that may also work on closed zaken.
archiefrollen := {"recordmanager", "beheerder"}

# True when the user holds at least one of the given roles (a set). A direct set lookup:
# cheaper in WebAssembly than `rol in gevraagd`, which goes through the generic member builtin.
heeft_een_van(gevraagd) if {
	some rol in input.user.rollen
	gevraagd[rol]
}

# The object's zaaktype is allowed: user.zaaktypen is null (every zaaktype) or contains it.
# An object without a (string) zaaktype is never allowed here; the document
# policy makes the one exception for reading and downloading.
zaaktype_toegestaan(zaaktype) if {
	is_string(zaaktype)
	input.user.zaaktypen == null
}

zaaktype_toegestaan(zaaktype) if {
	is_string(zaaktype)
	zaaktype in input.user.zaaktypen
}
