export {
  catalogusAanmaken,
  catalogusLezen,
  catalogusLijst,
  hoofdAanmaken,
  hoofdBijwerken,
  hoofdLezen,
  hoofdLijst,
  hoofdPubliceren,
  hoofdVerwijderen,
  onderdeelAanmaken,
  onderdeelBijwerken,
  onderdeelLezen,
  onderdeelLijst,
  onderdeelVerwijderen,
  leesOnderdeel,
  leesType,
} from "./api";
export { externeLijsten, externeLijstenDocumentatie } from "./externe-lijsten";
export { COLLECTIE, resourceUrl, type HoofdSoort, type OnderdeelSoort } from "./opslag";
