package zac.zaak_test

import data.zac.testlib
import data.zac.zaak

alle_rechten := {
	"lezen", "wijzigen", "toekennen", "behandelen", "afbreken", "heropenen",
	"bekijken_zaakdata", "wijzigen_doorlooptijd", "verlengen", "opschorten", "hervatten",
	"creeren_document", "toevoegen_document", "koppelen", "versturen_email",
	"versturen_ontvangstbevestiging", "toevoegen_initiator_persoon",
	"toevoegen_initiator_bedrijf", "verwijderen_initiator", "toevoegen_betrokkene_persoon",
	"toevoegen_betrokkene_bedrijf", "verwijderen_betrokkene", "toevoegen_bag_object",
	"starten_taak", "vastleggen_besluit", "verlengen_doorlooptijd", "wijzigen_locatie",
	"brondatum_zetten", "bekijken_bsn",
}

# An open zaak on which every state condition is favourable.
open_zaak := {
	"open": true, "zaaktype": "Melding", "opgeschort": false, "verlengd": false,
	"intake": false, "besloten": true, "heropend": false, "brondatumBepaald": false,
	"vertrouwelijkheidaanduiding": "openbaar",
}

gesloten_zaak := object.union(open_zaak, {"open": false})

rechten(rollen, z) := r if {
	r := testlib.waar(zaak.zaak_rechten) with input as {"user": {"id": "u1", "rollen": rollen, "zaaktypen": ["Melding"]}, "zaak": z}
}

rechten_met_zaaktypen(rollen, zaaktypen, z) := r if {
	r := testlib.waar(zaak.zaak_rechten) with input as {"user": {"id": "u1", "rollen": rollen, "zaaktypen": zaaktypen}, "zaak": z}
}

# Expected true rights per role: open zaak.
verwacht_open := {
	"raadpleger": {"lezen"},
	"behandelaar": alle_rechten - {"heropenen", "bekijken_zaakdata", "brondatum_zetten"},
	"coordinator": alle_rechten - {"heropenen", "bekijken_zaakdata", "brondatum_zetten"},
	"recordmanager": alle_rechten - {"bekijken_zaakdata", "brondatum_zetten"},
	"beheerder": alle_rechten - {"brondatum_zetten"},
}

altijd := {"lezen", "behandelen", "afbreken", "hervatten", "bekijken_bsn"}

archief_gesloten := altijd | {
	"wijzigen", "toekennen", "heropenen", "toevoegen_document", "koppelen",
	"toevoegen_initiator_persoon", "toevoegen_initiator_bedrijf", "verwijderen_initiator",
	"toevoegen_betrokkene_persoon", "toevoegen_betrokkene_bedrijf", "verwijderen_betrokkene",
	"toevoegen_bag_object", "wijzigen_locatie",
}

# Expected true rights per role: closed zaak, brondatum not yet set.
verwacht_gesloten := {
	"raadpleger": {"lezen"},
	"behandelaar": altijd,
	"coordinator": altijd,
	"recordmanager": (archief_gesloten | {"brondatum_zetten"}),
	"beheerder": (archief_gesloten | {"bekijken_zaakdata"}),
}

test_elk_recht_is_een_sleutel if {
	object.keys(zaak.zaak_rechten) == alle_rechten with input as {}
	object.keys(zaak.zaak_rechten) == alle_rechten with input as {"user": {"id": "u1", "rollen": ["beheerder"], "zaaktypen": null}, "zaak": open_zaak}
	leeg := zaak.zaak_rechten with input as {}
	every waarde in leeg {
		waarde == false
	}
}

test_open_zaak_per_rol if {
	every rol in testlib.rollen {
		rechten([rol], open_zaak) == verwacht_open[rol]
	}
}

test_gesloten_zaak_per_rol if {
	every rol in testlib.rollen {
		rechten([rol], gesloten_zaak) == verwacht_gesloten[rol]
	}
}

test_opgeschort_geen_verlengen_of_opschorten if {
	z := object.union(open_zaak, {"opgeschort": true})
	every rol in testlib.rollen {
		rechten([rol], z) == verwacht_open[rol] - {"verlengen", "opschorten"}
	}
}

test_verlengd_geen_verlengen if {
	z := object.union(open_zaak, {"verlengd": true})
	every rol in testlib.rollen {
		rechten([rol], z) == verwacht_open[rol] - {"verlengen"}
	}
}

test_heropend_geen_verlengen_of_opschorten if {
	z := object.union(open_zaak, {"heropend": true})
	every rol in testlib.rollen {
		rechten([rol], z) == verwacht_open[rol] - {"verlengen", "opschorten"}
	}
}

test_intake_geen_besluit if {
	z := object.union(open_zaak, {"intake": true})
	every rol in testlib.rollen {
		rechten([rol], z) == verwacht_open[rol] - {"vastleggen_besluit"}
	}
}

test_zonder_besluittypen_geen_besluit if {
	z := object.union(open_zaak, {"besloten": false})
	every rol in testlib.rollen {
		rechten([rol], z) == verwacht_open[rol] - {"vastleggen_besluit"}
	}
}

test_brondatum_al_bepaald if {
	z := object.union(gesloten_zaak, {"brondatumBepaald": true})
	every rol in testlib.rollen {
		rechten([rol], z) == verwacht_gesloten[rol] - {"brondatum_zetten"}
	}
}

test_zaaktype_niet_toegestaan if {
	every rol in testlib.rollen {
		rechten_met_zaaktypen([rol], ["Ander zaaktype"], open_zaak) == set()
		rechten_met_zaaktypen([rol], [], gesloten_zaak) == set()
	}
}

test_zaaktypen_null_is_elk_zaaktype if {
	every rol in testlib.rollen {
		rechten_met_zaaktypen([rol], null, open_zaak) == verwacht_open[rol]
		rechten_met_zaaktypen([rol], null, gesloten_zaak) == verwacht_gesloten[rol]
	}
}

test_zaak_zonder_zaaktype_niets if {
	z := object.remove(open_zaak, ["zaaktype"])
	rechten_met_zaaktypen(["beheerder"], null, z) == set()
	rechten_met_zaaktypen(["beheerder"], null, object.union(open_zaak, {"zaaktype": null})) == set()
}

test_zonder_rollen_niets if {
	rechten([], open_zaak) == set()
	rechten(["onbekende_rol"], open_zaak) == set()
	testlib.waar(zaak.zaak_rechten) == set() with input as {"zaak": open_zaak}
}

test_meerdere_rollen_geven_de_vereniging if {
	rechten(["raadpleger", "recordmanager"], gesloten_zaak) == verwacht_gesloten.recordmanager
	rechten(["behandelaar", "beheerder"], gesloten_zaak) == verwacht_gesloten.beheerder
	rechten(["recordmanager", "beheerder"], gesloten_zaak) == verwacht_gesloten.recordmanager | verwacht_gesloten.beheerder
}

# Missing state fields deny the conditional rights (deny by default).
test_ontbrekende_toestand_weigert if {
	rechten(["behandelaar"], {"zaaktype": "Melding"}) == altijd
	rechten(["recordmanager"], {"zaaktype": "Melding"}) == archief_gesloten
}

koppel(rollen, zaaktypen, z, d) := r if {
	r := zaak.zaak_koppelen.koppelen with input as {"user": {"id": "u1", "rollen": rollen, "zaaktypen": zaaktypen}, "zaak": z, "doelzaak": d}
}

open_doel := object.union(open_zaak, {"zaaktype": "Vergunning"})

gesloten_doel := object.union(open_doel, {"open": false})

beide := ["Melding", "Vergunning"]

test_koppelen_sleutels if {
	object.keys(zaak.zaak_koppelen) == {"koppelen"} with input as {}
	zaak.zaak_koppelen.koppelen == false with input as {}
}

test_koppelen_beide_open if {
	not koppel(["raadpleger"], beide, open_zaak, open_doel)
	every rol in ["behandelaar", "coordinator", "recordmanager", "beheerder"] {
		koppel([rol], beide, open_zaak, open_doel)
	}
}

test_koppelen_beide_afgehandeld if {
	not koppel(["raadpleger"], beide, gesloten_zaak, gesloten_doel)
	not koppel(["behandelaar"], beide, gesloten_zaak, gesloten_doel)
	not koppel(["coordinator"], beide, gesloten_zaak, gesloten_doel)
	koppel(["recordmanager"], beide, gesloten_zaak, gesloten_doel)
	koppel(["beheerder"], beide, gesloten_zaak, gesloten_doel)
}

test_koppelen_open_met_afgehandeld_nooit if {
	every rol in testlib.rollen {
		not koppel([rol], beide, open_zaak, gesloten_doel)
		not koppel([rol], beide, gesloten_zaak, open_doel)
	}
}

test_koppelen_beide_zaaktypen_nodig if {
	not koppel(["beheerder"], ["Melding"], open_zaak, open_doel)
	not koppel(["beheerder"], ["Vergunning"], open_zaak, open_doel)
	koppel(["beheerder"], null, open_zaak, open_doel)
	koppel(["behandelaar"], null, open_zaak, open_doel)
}
