package zac.werklijst_test

import data.zac.testlib
import data.zac.werklijst

alle_rechten := {
	"inbox", "ontkoppelde_documenten_verwijderen", "inbox_productaanvragen_verwijderen",
	"zaken_taken", "zaken_taken_verdelen", "zaken_taken_exporteren",
}

verwacht := {
	"raadpleger": {"zaken_taken"},
	"behandelaar": {"zaken_taken"},
	"coordinator": {"inbox", "zaken_taken", "zaken_taken_verdelen"},
	"recordmanager": alle_rechten - {"zaken_taken_exporteren"},
	"beheerder": alle_rechten,
}

rechten(rollen) := r if {
	r := testlib.waar(werklijst.werklijst_rechten) with input as {"user": {"id": "u1", "rollen": rollen, "zaaktypen": null}}
}

test_elk_recht_is_een_sleutel if {
	object.keys(werklijst.werklijst_rechten) == alle_rechten with input as {}
}

test_per_rol if {
	every rol in testlib.rollen {
		rechten([rol]) == verwacht[rol]
	}
}

test_zonder_rollen_en_vereniging if {
	rechten([]) == set()
	rechten(["behandelaar", "coordinator"]) == verwacht.coordinator
}

# Werklijsten are not about one zaaktype: a zaaktypen list does not limit them.
test_zaaktypen_doen_niet_mee if {
	testlib.waar(werklijst.werklijst_rechten) == verwacht.beheerder with input as {"user": {"id": "u1", "rollen": ["beheerder"], "zaaktypen": []}}
}
