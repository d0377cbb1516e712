# Rights on one zaak (data.zac.zaak.zaak_rechten) and on linking two zaken
# (data.zac.zaak.zaak_koppelen). See shared/policy/README.md for the matrix.
package zac.zaak

import data.zac.lib

# The rights in the order of shared/policy/matrix.json; zaak_rechten pairs them with
# zaak_rechten_waarden. The in-process evaluator (lib/policy) asks for the list of values
# only: in WebAssembly, building and serialising the name strings costs about as much as
# the rules themselves. It checks these names against its own list when it loads.
zaak_rechten_namen := [
	"lezen",
	"wijzigen",
	"toekennen",
	"behandelen",
	"afbreken",
	"heropenen",
	"bekijken_zaakdata",
	"wijzigen_doorlooptijd",
	"verlengen",
	"opschorten",
	"hervatten",
	"creeren_document",
	"toevoegen_document",
	"koppelen",
	"versturen_email",
	"versturen_ontvangstbevestiging",
	"toevoegen_initiator_persoon",
	"toevoegen_initiator_bedrijf",
	"verwijderen_initiator",
	"toevoegen_betrokkene_persoon",
	"toevoegen_betrokkene_bedrijf",
	"verwijderen_betrokkene",
	"toevoegen_bag_object",
	"starten_taak",
	"vastleggen_besluit",
	"verlengen_doorlooptijd",
	"wijzigen_locatie",
	"brondatum_zetten",
	"bekijken_bsn",
]

# One value per name above, in the same order.
zaak_rechten_waarden := [
	lezen, # lezen
	open_of_archief, # wijzigen
	open_of_archief, # toekennen
	schrijven, # behandelen
	schrijven, # afbreken
	archief, # heropenen
	beheerder, # bekijken_zaakdata
	schrijven_open, # wijzigen_doorlooptijd
	verlengen, # verlengen
	opschorten, # opschorten
	schrijven, # hervatten
	schrijven_open, # creeren_document
	open_of_archief, # toevoegen_document
	# For one zaak: behandelaar/coordinator need it open, recordmanager/beheerder
	# always (the pair rule is in zaak_koppelen).
	open_of_archief, # koppelen
	schrijven_open, # versturen_email
	schrijven_open, # versturen_ontvangstbevestiging
	open_of_archief, # toevoegen_initiator_persoon
	open_of_archief, # toevoegen_initiator_bedrijf
	open_of_archief, # verwijderen_initiator
	open_of_archief, # toevoegen_betrokkene_persoon
	open_of_archief, # toevoegen_betrokkene_bedrijf
	open_of_archief, # verwijderen_betrokkene
	open_of_archief, # toevoegen_bag_object
	schrijven_open, # starten_taak
	vastleggen_besluit, # vastleggen_besluit
	schrijven_open, # verlengen_doorlooptijd
	open_of_archief, # wijzigen_locatie
	brondatum_zetten, # brondatum_zetten
	schrijven, # bekijken_bsn
]

zaak_rechten := {naam: zaak_rechten_waarden[i] | some i, naam in zaak_rechten_namen}

# Every rule below also needs the zaak's zaaktype to be allowed.
zaaktype_ok if lib.zaaktype_toegestaan(input.zaak.zaaktype)

# Missing state fields deny: conditions compare with true/false explicitly.
open if input.zaak.open == true

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

default schrijven_open := false

schrijven_open if {
	schrijven
	open
}

default archief := false

archief if {
	zaaktype_ok
	lib.heeft_een_van(lib.archiefrollen)
}

default beheerder := false

beheerder if {
	zaaktype_ok
	"beheerder" in input.user.rollen
}

# behandelaar/coordinator while the zaak is open; recordmanager/beheerder always.
default open_of_archief := false

open_of_archief if {
	zaaktype_ok
	open
	lib.heeft_een_van(lib.behandelrollen)
}

open_of_archief if archief

default opschorten := false

opschorten if {
	schrijven_open
	input.zaak.heropend == false
	input.zaak.opgeschort == false
}

default verlengen := false

verlengen if {
	opschorten
	input.zaak.verlengd == false
}

default vastleggen_besluit := false

vastleggen_besluit if {
	schrijven_open
	input.zaak.intake == false
	input.zaak.besloten == true
}

default brondatum_zetten := false

brondatum_zetten if {
	zaaktype_ok
	"recordmanager" in input.user.rollen
	input.zaak.open == false
	input.zaak.brondatumBepaald == false
}

# Linking zaak to doelzaak: both zaaktypen allowed, and a role whose state rule
# holds for the pair (behandelaar/coordinator: both open; recordmanager/beheerder:
# both open or both afgehandeld).
zaak_koppelen := {"koppelen": koppelen}

default koppelen := false

koppelen if {
	lib.zaaktype_toegestaan(input.zaak.zaaktype)
	lib.zaaktype_toegestaan(input.doelzaak.zaaktype)
	koppel_rol
}

koppel_rol if {
	input.zaak.open == true
	input.doelzaak.open == true
	lib.heeft_een_van(lib.schrijfrollen)
}

koppel_rol if {
	input.zaak.open == false
	input.doelzaak.open == false
	lib.heeft_een_van(lib.archiefrollen)
}
