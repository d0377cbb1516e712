# Other rights (data.zac.overig.overige_rechten): starting zaken, beheer, searching.
package zac.overig

import data.zac.lib

# The rights in the order of shared/policy/matrix.json; overige_rechten pairs them with
# overige_rechten_waarden. The in-process evaluator (lib/policy) asks for the list of values
# only: in WebAssembly, building and serialising the name strings costs about as much as
# the rules themselves. It checks these names against its own list when it loads.
overige_rechten_namen := [
	"starten_zaak",
	"beheren",
	"zoeken",
]

# One value per name above, in the same order.
overige_rechten_waarden := [
	starten_zaak, # starten_zaak
	beheren, # beheren
	zoeken, # zoeken
]

overige_rechten := {naam: overige_rechten_waarden[i] | some i, naam in overige_rechten_namen}

default starten_zaak := false

starten_zaak if lib.heeft_een_van(lib.schrijfrollen)

default beheren := false

beheren if "beheerder" in input.user.rollen

default zoeken := false

zoeken if lib.heeft_een_van(lib.leesrollen)
