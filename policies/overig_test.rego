package zac.overig_test

import data.zac.overig
import data.zac.testlib

rechten(rollen) := r if {
	r := testlib.waar(overig.overige_rechten) with input as {"user": {"id": "u1", "rollen": rollen, "zaaktypen": null}}
}

test_elk_recht_is_een_sleutel if {
	object.keys(overig.overige_rechten) == {"starten_zaak", "beheren", "zoeken"} with input as {}
}

test_per_rol if {
	rechten(["raadpleger"]) == {"zoeken"}
	every rol in ["behandelaar", "coordinator", "recordmanager"] {
		rechten([rol]) == {"starten_zaak", "zoeken"}
	}
	rechten(["beheerder"]) == {"starten_zaak", "beheren", "zoeken"}
}

test_zonder_rollen if {
	rechten([]) == set()
}
