export { DocumentenWerklijst, TakenWerklijst, ZakenWerklijst } from "./lijsten";
export { Datum, Termijn, veiligeDatum } from "./Termijn";
export { Werklijst, type WerklijstKolom, type WerklijstProps } from "./Werklijst";
