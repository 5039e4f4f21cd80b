/**
 * Croatian stop words: personal and possessive pronouns in their cases (including the clitics "mi",
 * "ga", "joj", "im"), demonstratives, prepositions, conjunctions, the forms of "biti" and "htjeti"
 * used as auxiliaries, the question words, particles and the fillers of speech ("ovaj", "znači",
 * "eto", "pa"). Both "što" and "šta" are listed, as people say and type both. Content words stay
 * even when frequent ("cijena", "dostava", "dobro").
 */
export const HR = `
a ako ali baš bez bi bih bila bile bili bilo bio bismo biste biti bit blizu budem budemo
budete bude budu
da dakle do dok dosta
e eh ehm eto evo
ga gdje god
i iako ih ili im ima imaju imam imamo imao imate iz iza između izvan
ja je jedan jedna jedne jedni jedno jer jesam jesi jesmo jest jeste jesu joj još ju
k kad kada kaj kako kakav kakva kakve kakvo kao kod koja koje koji kojeg kojem kojima koju kroz
li
malo me mene meni mi mnogo moj moja moje moji moju može možda mu
na nad nakon nam nama nas naš naša naše našeg naši ne nego neka neke neki nekog nekoliko nešto netko ni
nije nikad nisam nisi nismo niste nisu niti ništa no
o od odmah oko on ona one oni ono onda onaj ovaj ova ove ovdje ovi ovo ovog ovu
pa po pod poslije prema pri prije pred preko puno
s sa sam sami samo se sebe sebi si smo ste su sve svi svoj svoja svoje svoju svog svom
šta što
ta tada tako takav takva takve takvo tamo te tebe tebi ti tj to tog toga tom tome tu
u uh uvijek uz
vam vama vas vaš vaša vaše već vi
za zar zato zbog znači
že
`;
