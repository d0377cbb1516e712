# Rights on one document (data.zac.document.document_rechten).
package zac.document

import data.zac.lib

# The rights in the order of shared/policy/matrix.json; document_rechten pairs them with
# document_rechten_waarden. The in-process evaluator (lib/policy) asks for the list of values
# only: in WebAssembly, building and serialising the name strings costs about as much as
# the rules themselves. It checks these names against its own list when it loads.
document_rechten_namen := [
	"lezen",
	"wijzigen",
	"verwijderen",
	"vergrendelen",
	"ontgrendelen",
	"ondertekenen",
	"toevoegen_nieuwe_versie",
	"verplaatsen",
	"ontkoppelen",
	"downloaden",
	"converteren",
]

# One value per name above, in the same order.
document_rechten_waarden := [
	lezen, # lezen
	bewerken, # wijzigen
	verwijderen, # verwijderen
	vergrendelen, # vergrendelen
	ontgrendelen, # ontgrendelen
	ondertekenen, # ondertekenen
	bewerken, # toevoegen_nieuwe_versie
	bewerken, # verplaatsen
	bewerken, # ontkoppelen
	lezen, # downloaden
	converteren, # converteren
]

document_rechten := {naam: document_rechten_waarden[i] | some i, naam in document_rechten_namen}

zaaktype_ok if lib.zaaktype_toegestaan(input.document.zaaktype)

# A document without a zaaktype (no key, or null) may still be read and downloaded.
zonder_zaaktype if not "zaaktype" in object.keys(input.document)

zonder_zaaktype if input.document.zaaktype == null

zaak_open if input.document.zaakOpen == true

ontgrendeld if input.document.vergrendeld == false

vergrendeld_door_mij if {
	input.document.vergrendeld == true
	is_string(input.user.id)
	input.document.vergrendeldDoor == input.user.id
}

# Unlocked, or locked by this user.
vrij_voor_mij if ontgrendeld

vrij_voor_mij if vergrendeld_door_mij

default lezen := false

lezen if {
	zaaktype_ok
	lib.heeft_een_van(lib.leesrollen)
}

lezen if {
	zonder_zaaktype
	lib.heeft_een_van(lib.leesrollen)
}

default schrijven := false

schrijven if {
	zaaktype_ok
	lib.heeft_een_van(lib.schrijfrollen)
}

default archief := false

archief if {
	zaaktype_ok
	lib.heeft_een_van(lib.archiefrollen)
}

default behandel := false

behandel if {
	zaaktype_ok
	lib.heeft_een_van(lib.behandelrollen)
}

# wijzigen, toevoegen_nieuwe_versie, verplaatsen, ontkoppelen.
default bewerken := false

bewerken if {
	behandel
	zaak_open
	input.document.definitief == false
	vrij_voor_mij
}

bewerken if archief

default verwijderen := false

verwijderen if {
	behandel
	zaak_open
	input.document.definitief == false
	ontgrendeld
}

verwijderen if {
	archief
	ontgrendeld
}

default vergrendelen := false

vergrendelen if {
	schrijven
	zaak_open
}

default ontgrendelen := false

ontgrendelen if {
	behandel
	vergrendeld_door_mij
}

ontgrendelen if archief

default ondertekenen := false

ondertekenen if {
	schrijven
	zaak_open
	vrij_voor_mij
}

default converteren := false

converteren if {
	schrijven
	input.document.definitief == true
}
