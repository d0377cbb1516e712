package zac.document_test

import data.zac.document
import data.zac.testlib

alle_rechten := {
	"lezen", "wijzigen", "verwijderen", "vergrendelen", "ontgrendelen", "ondertekenen",
	"toevoegen_nieuwe_versie", "verplaatsen", "ontkoppelen", "downloaden", "converteren",
}

bewerken := {"wijzigen", "toevoegen_nieuwe_versie", "verplaatsen", "ontkoppelen"}

lees := {"lezen", "downloaden"}

# Zaak open, document not definitief, unlocked.
vrij := {
	"definitief": false, "vergrendeld": false, "vergrendeldDoor": null,
	"ondertekend": false, "zaaktype": "Melding", "zaakOpen": true,
}

door_mij := object.union(vrij, {"vergrendeld": true, "vergrendeldDoor": "u1"})

door_ander := object.union(vrij, {"vergrendeld": true, "vergrendeldDoor": "u2"})

definitief := object.union(vrij, {"definitief": true})

zaak_dicht := object.union(vrij, {"zaakOpen": false})

rechten(rollen, zaaktypen, d) := r if {
	r := testlib.waar(document.document_rechten) with input as {"user": {"id": "u1", "rollen": rollen, "zaaktypen": zaaktypen}, "document": d}
}

# Expected true rights for (state, role); behandelaar and coordinator are the same,
# so are recordmanager and beheerder.
verwacht := {
	"vrij": {
		"raadpleger": lees,
		"behandel": ((lees | bewerken) | {"verwijderen", "vergrendelen", "ondertekenen"}),
		"archief": alle_rechten - {"converteren"},
	},
	"door_mij": {
		"raadpleger": lees,
		"behandel": ((lees | bewerken) | {"vergrendelen", "ontgrendelen", "ondertekenen"}),
		"archief": alle_rechten - {"converteren", "verwijderen"},
	},
	"door_ander": {
		"raadpleger": lees,
		"behandel": (lees | {"vergrendelen"}),
		"archief": ((lees | bewerken) | {"vergrendelen", "ontgrendelen"}),
	},
	"definitief": {
		"raadpleger": lees,
		"behandel": (lees | {"vergrendelen", "ondertekenen", "converteren"}),
		"archief": alle_rechten,
	},
	"zaak_dicht": {
		"raadpleger": lees,
		"behandel": lees,
		"archief": ((lees | bewerken) | {"verwijderen", "ontgrendelen"}),
	},
}

toestanden := {
	"vrij": vrij,
	"door_mij": door_mij,
	"door_ander": door_ander,
	"definitief": definitief,
	"zaak_dicht": zaak_dicht,
}

groep := {
	"raadpleger": "raadpleger",
	"behandelaar": "behandel",
	"coordinator": "behandel",
	"recordmanager": "archief",
	"beheerder": "archief",
}

test_elk_recht_is_een_sleutel if {
	object.keys(document.document_rechten) == alle_rechten with input as {}
}

test_elke_toestand_per_rol if {
	every naam, d in toestanden {
		every rol in testlib.rollen {
			rechten([rol], ["Melding"], d) == verwacht[naam][groep[rol]]
		}
	}
}

test_zaak_dicht_vergrendeld_door_mij if {
	d := object.union(zaak_dicht, {"vergrendeld": true, "vergrendeldDoor": "u1"})
	rechten(["behandelaar"], ["Melding"], d) == lees | {"ontgrendelen"}
	rechten(["beheerder"], ["Melding"], d) == (lees | bewerken) | {"ontgrendelen"}
}

test_zaaktype_niet_toegestaan if {
	every rol in testlib.rollen {
		rechten([rol], ["Ander"], vrij) == set()
		rechten([rol], [], definitief) == set()
	}
}

test_zaaktypen_null if {
	every naam, d in toestanden {
		every rol in testlib.rollen {
			rechten([rol], null, d) == verwacht[naam][groep[rol]]
		}
	}
}

# The one exception to the zaaktype rule: without a zaaktype, reading and downloading.
test_document_zonder_zaaktype_alleen_lezen if {
	zonder := object.remove(vrij, ["zaaktype"])
	leeg := object.union(vrij, {"zaaktype": null})
	every rol in testlib.rollen {
		rechten([rol], ["Ander"], zonder) == lees
		rechten([rol], null, zonder) == lees
		rechten([rol], ["Melding"], leeg) == lees
		rechten([rol], null, leeg) == lees
	}
	rechten([], null, zonder) == set()
}

test_vergrendeld_zonder_gebruiker_id_is_niet_van_mij if {
	d := object.union(vrij, {"vergrendeld": true, "vergrendeldDoor": null})
	testlib.waar(document.document_rechten) == lees | {"vergrendelen"} with input as {"user": {"rollen": ["behandelaar"], "zaaktypen": null}, "document": d}
}

test_zonder_rollen_en_vereniging if {
	rechten([], null, vrij) == set()
	rechten(["raadpleger", "behandelaar"], null, door_ander) == verwacht.door_ander.behandel
	rechten(["behandelaar", "recordmanager"], null, door_ander) == verwacht.door_ander.archief
}

test_ontbrekende_toestand_weigert if {
	rechten(["behandelaar"], null, {"zaaktype": "Melding"}) == lees
}
