/**
 * Hungarian stop words: the articles, personal and demonstrative pronouns with their common
 * case forms ("ezt", "azt", "neki", "nekem"), postpositions, conjunctions, the forms of "van" and
 * "lesz", modal and aspect particles ("is", "csak", "már", "még", "meg", "el"), question words and
 * the fillers of speech ("hát", "ugye", "szóval", "izé"). Content words stay even when frequent
 * ("ár", "szállítás", "jó").
 */
export const HU = `
a abban abból addig ahhoz ahogy ahol akkor akár aki akik akár alatt által általában amely amelyek ami
amik amikor amit amíg annak annyi arra arról az azok azon azonban azt aztán azért
be belül benne bár
csak
de dehogy
e ebben ebből és eddig egy egyes egyik egyéb egész együtt el elég ellen előtt elő emiatt én engem ennek
ennyi erre erről ez ezek ezen ezt ezzel ezért
fel felé
ha hanem hát hiszen hogy hogyan hol honnan hova hm hmm
igen ilyen illetve is itt izé
ja
kell kellett keresztül ki kicsit kivéve köszönöm között közül
le lesz lehet legyen lenne lett
maga magam magát majd már más másik meg még mellett mert mi miatt mikor milyen mind minden mindig mint
mintha mit mivel most mondjuk más
na nagyon neki nekem nekünk nem nincs
oda olyan ott ő ők őket őt
pedig persze
rá
s se sem semmi sok során szerint szóval
talán te tehát teljesen ti tőle
ugye úgy úgyhogy után
vagy vagyis vagyok vagyunk vajon valaki valami van vannak volna volt voltak voltam volt vele
`;
