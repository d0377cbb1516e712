package zac.taak_test

import data.zac.taak
import data.zac.testlib

alle_rechten := {"lezen", "wijzigen", "toekennen", "creeren_document", "toevoegen_document"}

open_taak := {"open": true, "zaakOpen": true, "zaaktype": "Melding"}

rechten(rollen, zaaktypen, t) := r if {
	r := testlib.waar(taak.taak_rechten) with input as {"user": {"id": "u1", "rollen": rollen, "zaaktypen": zaaktypen}, "taak": t}
}

schrijfrollen := ["behandelaar", "coordinator", "recordmanager", "beheerder"]

test_elk_recht_is_een_sleutel if {
	object.keys(taak.taak_rechten) == alle_rechten with input as {}
}

test_open_taak_per_rol if {
	rechten(["raadpleger"], ["Melding"], open_taak) == {"lezen"}
	every rol in schrijfrollen {
		rechten([rol], ["Melding"], open_taak) == alle_rechten
	}
}

test_taak_gesloten_geen_documenten if {
	t := object.union(open_taak, {"open": false})
	rechten(["raadpleger"], ["Melding"], t) == {"lezen"}
	every rol in schrijfrollen {
		rechten([rol], ["Melding"], t) == {"lezen", "wijzigen", "toekennen"}
	}
}

test_zaak_gesloten_geen_documenten if {
	t := object.union(open_taak, {"zaakOpen": false})
	every rol in schrijfrollen {
		rechten([rol], ["Melding"], t) == {"lezen", "wijzigen", "toekennen"}
	}
}

test_zaaktype_niet_toegestaan if {
	every rol in testlib.rollen {
		rechten([rol], ["Ander"], open_taak) == set()
	}
}

test_zaaktypen_null if {
	rechten(["raadpleger"], null, open_taak) == {"lezen"}
	every rol in schrijfrollen {
		rechten([rol], null, open_taak) == alle_rechten
	}
}

test_zonder_rollen_en_vereniging if {
	rechten([], null, open_taak) == set()
	rechten(["raadpleger", "behandelaar"], ["Melding"], open_taak) == alle_rechten
}
