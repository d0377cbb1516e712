package zac.notitie_test

import data.zac.notitie
import data.zac.testlib

rechten(rollen) := r if {
	r := testlib.waar(notitie.notitie_rechten) with input as {"user": {"id": "u1", "rollen": rollen, "zaaktypen": null}}
}

test_elk_recht_is_een_sleutel if {
	object.keys(notitie.notitie_rechten) == {"lezen", "wijzigen"} with input as {}
}

test_per_rol if {
	rechten(["raadpleger"]) == {"lezen"}
	every rol in ["behandelaar", "coordinator", "recordmanager", "beheerder"] {
		rechten([rol]) == {"lezen", "wijzigen"}
	}
}

test_zonder_rollen if {
	rechten([]) == set()
}
