# Rights on one zaak (data.zac.zaak.zaak_rechten) and on linking two zaken
# (data.zac.zaak.zaak_koppelen). See shared/policy/README.md for the matrix.
package zac.zaak

import data.zac.lib

zaak_rechten := {
	"lezen": lezen,
	"wijzigen": open_of_archief,
	"toekennen": open_of_archief,
	"behandelen": schrijven,
	"afbreken": schrijven,
	"heropenen": archief,
	"bekijken_zaakdata": beheerder,
	"wijzigen_doorlooptijd": schrijven_open,
	"verlengen": verlengen,
	"opschorten": opschorten,
	"hervatten": schrijven,
	"creeren_document": schrijven_open,
	"toevoegen_document": open_of_archief,
	# For one zaak: behandelaar/coordinator need it open, recordmanager/beheerder
	# always (the pair rule is in zaak_koppelen).
	"koppelen": open_of_archief,
	"versturen_email": schrijven_open,
	"versturen_ontvangstbevestiging": schrijven_open,
	"toevoegen_initiator_persoon": open_of_archief,
	"toevoegen_initiator_bedrijf": open_of_archief,
	"verwijderen_initiator": open_of_archief,
	"toevoegen_betrokkene_persoon": open_of_archief,
	"toevoegen_betrokkene_bedrijf": open_of_archief,
	"verwijderen_betrokkene": open_of_archief,
	"toevoegen_bag_object": open_of_archief,
	"starten_taak": schrijven_open,
	"vastleggen_besluit": vastleggen_besluit,
	"verlengen_doorlooptijd": schrijven_open,
	"wijzigen_locatie": open_of_archief,
	"brondatum_zetten": brondatum_zetten,
	"bekijken_bsn": schrijven,
}

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
