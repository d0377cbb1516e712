# Rights on notities (data.zac.notitie.notitie_rechten). Not about one zaaktype.
package zac.notitie

import data.zac.lib

notitie_rechten := {
	"lezen": lezen,
	"wijzigen": wijzigen,
}

default lezen := false

lezen if lib.heeft_een_van(lib.leesrollen)

default wijzigen := false

wijzigen if lib.heeft_een_van(lib.schrijfrollen)
