export { ApplicatieRollenOverzicht } from "./ApplicatieRollen";
export { DomeinenBeheer } from "./Domeinen";
export { EntiteitTypenBeheer } from "./EntiteitTypen";
export { FunctioneleRollenBeheer } from "./FunctioneleRollen";
export { MappingsBeheer } from "./Mappings";
export { PABC_PAGINAS } from "./paginas";
export { PabcKader, PabcSubnavigatie, VolgendeLoginMelding, ExternePabcMelding } from "./PabcKader";
