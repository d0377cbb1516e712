# Rights on the werklijsten (data.zac.werklijst.werklijst_rechten). Not about one
# zaaktype: only the roles count.
package zac.werklijst

import data.zac.lib

# The rights in the order of shared/policy/matrix.json; werklijst_rechten pairs them with
# werklijst_rechten_waarden. The in-process evaluator (lib/policy) asks for the list of values
# only: in WebAssembly, building and serialising the name strings costs about as much as
# the rules themselves. It checks these names against its own list when it loads.
werklijst_rechten_namen := [
	"inbox",
	"ontkoppelde_documenten_verwijderen",
	"inbox_productaanvragen_verwijderen",
	"zaken_taken",
	"zaken_taken_verdelen",
	"zaken_taken_exporteren",
]

# One value per name above, in the same order.
werklijst_rechten_waarden := [
	inbox, # inbox
	archief, # ontkoppelde_documenten_verwijderen
	archief, # inbox_productaanvragen_verwijderen
	zaken_taken, # zaken_taken
	inbox, # zaken_taken_verdelen
	exporteren, # zaken_taken_exporteren
]

werklijst_rechten := {naam: werklijst_rechten_waarden[i] | some i, naam in werklijst_rechten_namen}

default inbox := false

inbox if lib.heeft_een_van({"coordinator", "recordmanager", "beheerder"})

default archief := false

archief if lib.heeft_een_van(lib.archiefrollen)

default zaken_taken := false

zaken_taken if lib.heeft_een_van(lib.leesrollen)

default exporteren := false

exporteren if "beheerder" in input.user.rollen
