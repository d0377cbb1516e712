# Rights on one taak (data.zac.taak.taak_rechten).
package zac.taak

import data.zac.lib

taak_rechten := {
	"lezen": lezen,
	"wijzigen": schrijven,
	"toekennen": schrijven,
	"creeren_document": document_toevoegen,
	"toevoegen_document": document_toevoegen,
}

zaaktype_ok if lib.zaaktype_toegestaan(input.taak.zaaktype)

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

# Documents only while both the zaak and the taak are open.
default document_toevoegen := false

document_toevoegen if {
	schrijven
	input.taak.zaakOpen == true
	input.taak.open == true
}
