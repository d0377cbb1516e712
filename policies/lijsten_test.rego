# The name and value lists that the in-process evaluator reads must line up, and the
# rights object must be exactly their pairing.
package zac.lijsten_test

import data.zac

lijsten := {
	"zaak": [zac.zaak.zaak_rechten_namen, zac.zaak.zaak_rechten_waarden, zac.zaak.zaak_rechten],
	"taak": [zac.taak.taak_rechten_namen, zac.taak.taak_rechten_waarden, zac.taak.taak_rechten],
	"document": [zac.document.document_rechten_namen, zac.document.document_rechten_waarden, zac.document.document_rechten],
	"werklijst": [zac.werklijst.werklijst_rechten_namen, zac.werklijst.werklijst_rechten_waarden, zac.werklijst.werklijst_rechten],
	"notitie": [zac.notitie.notitie_rechten_namen, zac.notitie.notitie_rechten_waarden, zac.notitie.notitie_rechten],
	"overig": [zac.overig.overige_rechten_namen, zac.overig.overige_rechten_waarden, zac.overig.overige_rechten],
}

invoer := {
	"user": {"id": "u1", "rollen": ["recordmanager", "behandelaar"], "zaaktypen": null},
	"zaak": {
		"open": false, "zaaktype": "Melding", "opgeschort": false, "verlengd": false,
		"intake": false, "besloten": true, "heropend": false, "brondatumBepaald": false,
		"vertrouwelijkheidaanduiding": "openbaar",
	},
	"taak": {"open": true, "zaakOpen": true, "zaaktype": "Melding"},
	"document": {
		"definitief": false, "vergrendeld": true, "vergrendeldDoor": "u2",
		"ondertekend": false, "zaaktype": "Melding", "zaakOpen": true,
	},
}

test_namen_en_waarden_lijnen_uit if {
	alles := lijsten with input as invoer
	every resource, drie in alles {
		[namen, waarden, rechten] := drie
		count(namen) == count(waarden)
		count({naam | some naam in namen}) == count(namen)
		object.keys(rechten) == {naam | some naam in namen}
		every i, naam in namen {
			rechten[naam] == waarden[i]
		}
		resource != ""
	}
	count(alles) == 6
}
