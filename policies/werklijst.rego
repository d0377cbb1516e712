# Rights on the werklijsten (data.zac.werklijst.werklijst_rechten). Not about one
# zaaktype: only the roles count.
package zac.werklijst

import data.zac.lib

werklijst_rechten := {
	"inbox": inbox,
	"ontkoppelde_documenten_verwijderen": archief,
	"inbox_productaanvragen_verwijderen": archief,
	"zaken_taken": zaken_taken,
	"zaken_taken_verdelen": inbox,
	"zaken_taken_exporteren": exporteren,
}

default inbox := false

inbox if lib.heeft_een_van({"coordinator", "recordmanager", "beheerder"})

default archief := false

archief if lib.heeft_een_van(lib.archiefrollen)

default zaken_taken := false

zaken_taken if lib.heeft_een_van(lib.leesrollen)

default exporteren := false

exporteren if "beheerder" in input.user.rollen
