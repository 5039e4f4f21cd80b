/**
 * Norwegian (bokmål) stop words: pronouns in every form, articles and determiners, prepositions,
 * conjunctions and subjunctions, the auxiliary and modal verbs with their tenses, very general
 * adverbs and the particles and fillers of speech ("liksom", "altså", "ehm", "ja", "nei"). Common
 * nynorsk and dialect spellings of the same words are included, since people type what they hear.
 * Content words stay even when frequent ("pris", "levering", "bra").
 */
export const NB = `
alle allerede alltid altså andre annen annet at av
bak bare begge bli blir ble blitt både bort
da de dei deg dem den denne deres dere dess det dette di din disse dine ditt du
eg egentlig eh ehm ei ein eit eller elles en eneste enn er et ett etter
for fordi fra før først
ganske gjennom gjorde gjør gjøre går
ha hadde han hans har hatt hele hen her hennar hennes hva hvem hvilke hvilken hvilket hvis hvor hvordan
hvorfor hvert hver hvordan hm hmm
i ikke ikkje imellom inn innen inni ingen ingenting inkje ja jeg jo
kan kanskje kom kommer kunne kva kvar kven kvifor kor korleis
likevel liksom litt
man mange med meg mellom men mer mest meget min mine mitt mot mye må måtte mm
nei noe noen nok nokon noko nå når
og også om opp oss over
på
sa sammen samme seg selv si sia sier sin sine sitt sjøl skal skulle slik slike slikt slags som så sånn
sånt
til tilbake
under ut uten utenfor
vad var vart ved verken vi vil ville vår våre vårt være vært
å åssen
`;
