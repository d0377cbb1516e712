# Rights on notities (data.zac.notitie.notitie_rechten). Not about one zaaktype.
package zac.notitie

import data.zac.lib

# The rights in the order of shared/policy/matrix.json; notitie_rechten pairs them with
# notitie_rechten_waarden. The in-process evaluator (lib/policy) asks for the list of values
# only: in WebAssembly, building and serialising the name strings costs about as much as
# the rules themselves. It checks these names against its own list when it loads.
notitie_rechten_namen := [
	"lezen",
	"wijzigen",
]

# One value per name above, in the same order.
notitie_rechten_waarden := [
	lezen, # lezen
	wijzigen, # wijzigen
]

notitie_rechten := {naam: notitie_rechten_waarden[i] | some i, naam in notitie_rechten_namen}

default lezen := false

lezen if lib.heeft_een_van(lib.leesrollen)

default wijzigen := false

wijzigen if lib.heeft_een_van(lib.schrijfrollen)
