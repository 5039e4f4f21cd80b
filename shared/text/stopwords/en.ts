/**
 * English stop words: closed-class words (articles, pronouns, determiners, prepositions,
 * conjunctions, auxiliary and modal verbs with their contracted forms), very general adverbs, and
 * the fillers and back-channel words people say in interviews ("um", "yeah", "kind of"). Written
 * for spoken research transcripts: content words stay even when they are frequent ("price",
 * "delivery", "good", "problem"), because those are what a researcher looks for.
 */
export const EN = `
a about above across after afterwards again against ago ah all almost along already also although always am
among an and another any anybody anyhow anyone anything anyway anyways anywhere are aren't around as at away
be became because become becomes been before behind being below beside besides between beyond both but by
can can't cannot could couldn't
did didn't do does doesn't doing don't done down during
each eh either else elsewhere enough er erm etc even ever every everybody everyone everything everywhere
few for from further
gonna gotta
had hadn't has hasn't have haven't having he he'd he'll he's her here here's hers herself him himself his how
how's however hm hmm huh
i i'd i'll i'm i've if in indeed into is isn't it it'd it'll it's its itself
just
kinda
least less like
many may maybe me might mine mm mmm more moreover most mostly much must mustn't my myself
namely neither never nevertheless next no nobody none noone nor not nothing now nowhere
of off often oh ok okay on once one ones only onto or other others otherwise ought our ours ourselves out over
own
per perhaps please
quite
rather really right
said same say says shall shan't she she'd she'll she's should shouldn't since so some somebody somehow
someone something sometimes somewhat somewhere still such sure
than that that's thats the their theirs them themselves then there there's thereby therefore these they
they'd they'll they're they've thing things this those though through throughout thus to together too
toward towards
uh uhm um under unless until up upon us
very via
was wasn't we we'd we'll we're we've well were weren't what what's whatever when whenever where where's
whereas wherever whether which while who who's whoever whole whom whose why will with within without won't
would wouldn't
ya yeah yep yes yet you you'd you'll you're you've your yours yourself yourselves
`;
