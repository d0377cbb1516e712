# Rights on one taak (data.zac.taak.taak_rechten).
package zac.taak

import data.zac.lib

# The rights in the order of shared/policy/matrix.json; taak_rechten pairs them with
# taak_rechten_waarden. The in-process evaluator (lib/policy) asks for the list of values
# only: in WebAssembly, building and serialising the name strings costs about as much as
# the rules themselves. It checks these names against its own list when it loads.
taak_rechten_namen := [
	"lezen",
	"wijzigen",
	"toekennen",
	"creeren_document",
	"toevoegen_document",
]

# One value per name above, in the same order.
taak_rechten_waarden := [
	lezen, # lezen
	schrijven, # wijzigen
	schrijven, # toekennen
	document_toevoegen, # creeren_document
	document_toevoegen, # toevoegen_document
]

taak_rechten := {naam: taak_rechten_waarden[i] | some i, naam in taak_rechten_namen}

zaaktype_ok if lib.zaaktype_toegestaan(input.taak.zaaktype)

default lezen := false

lezen if {
	zaaktype_ok
	lib.heeft_een_van(lib.leesrollen)
}

default schrijven := false

schrijven if {
	zaaktype_ok
	lib.heeft_een_van(lib.schrijfrollen)
}

# Documents only while both the zaak and the taak are open.
default document_toevoegen := false

document_toevoegen if {
	schrijven
	input.taak.zaakOpen == true
	input.taak.open == true
}
