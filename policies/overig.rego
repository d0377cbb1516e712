# Other rights (data.zac.overig.overige_rechten): starting zaken, beheer, searching.
package zac.overig

import data.zac.lib

overige_rechten := {
	"starten_zaak": starten_zaak,
	"beheren": beheren,
	"zoeken": zoeken,
}

default starten_zaak := false

starten_zaak if lib.heeft_een_van(lib.schrijfrollen)

default beheren := false

beheren if "beheerder" in input.user.rollen

default zoeken := false

zoeken if lib.heeft_een_van(lib.leesrollen)
