import type { SupportedLanguage } from './snowball';

const polish = `a aby ach acz aczkolwiek aj albo ale ależ ani aż bardziej bardzo bez bo bowiem by byli bym być był była było były będzie będą cali cała cały ci cię ciebie co cokolwiek coś czasami często czy czyli dla dlaczego dlatego do dobrze dość dr dwa dwie dzisiaj dziś gdy gdyby gdyż gdzie go i ich ile im inna inne inny innych iż ja ją jak jakaś jakby jaki jakichś jakie jakiś jakiż jako jakoś je jeden jedna jedno jednak jednakże jego jej jemu jest jestem jeszcze jeśli jeżeli już ją każdy kiedy kilka kto ktoś która które którego której który których którym którzy ku lat lecz lub ma mają mam mamy mi mimo między mnie mogą moim może możliwe można mój mu musi my na nad nam nami nas nasi nasz nasza nasze naszego naszych natomiast nawet nic nich nie niech niego niej niemu nigdy nim nimi niż no o obok od około on ona one oni ono oraz oto owszem pan pana pani po pod podczas pomimo ponad ponieważ powinien powinna powinni powinno poza prawie przecież przed przede przez przy roku również sam sama są się skąd sobie sobą sposób swoje ta tak taka taki takie także tam te tego tej temu ten teraz też to tobą tobie toteż trzeba tu tutaj twoi twoim twoja twoje twym ty tych tylko tym u w wam wami was wasz wasza wasze we według wiele wielu więc więcej wszyscy wszystkich wszystkie wszystkim wszystko wtedy wy właśnie z za zapewne zawsze ze zł znowu znów został żaden żadna żadne żadnych że żeby`;

const english = `a about above after again against all also am an and any are as at be because been before being below between both but by can could did do does doing down during each few for from further had has have having he her here hers herself him himself his how i if in into is it its itself just may me might more most must my myself no nor not now of off on once only or other our ours ourselves out over own same shall she should so some such than that the their theirs them themselves then there these they this those through to too under until up upon us very via was we were what when where which while who whom why will with within without would you your yours yourself yourselves`;

/**
 * Words every posting on a matchmaking platform uses whatever its subject (seeking, offering,
 * partners, help): they say nothing about what a need or a capability is about.
 */
const polishPlatform = `szukamy szuka poszukujemy chcemy chce potrzebujemy potrzebuje oferujemy oferuje możemy może pomoc pomóc pomoże firma firmy firmie partner partnera partnerem współpraca współpracy współpracę zespół zespołu nasz nasza nasze naszych naszym oczekujemy planujemy jesteśmy mamy ma będzie nowe nowych nowy`;

const englishPlatform = `seek seeking looking need needs needed want wants wanted offer offers offered provide provides help helps helped helping partner partners company companies team our we us can could able would also new including include includes based use used using work works working way well`;

export const stopWords: Record<SupportedLanguage, ReadonlySet<string>> = {
  pl: new Set(`${polish} ${polishPlatform}`.split(/\s+/)),
  en: new Set(`${english} ${englishPlatform}`.split(/\s+/)),
};

/**
 * Words of research and engineering that any posting may use whatever its subject (research,
 * analysis, method, element, solution). Matching leaves them out, so two texts are not found
 * alike, nor a reason given, for sharing them; search still finds them.
 */
const polishGeneric = `badanie badania badań badaniach badaniami badaniom analiza analizy analizę analizie analizą analiz analizach element elementu elementy elementów elementach elementami elementom metoda metody metodę metodzie metodą metod metodami rozwiązanie rozwiązania rozwiązaniu rozwiązań rozwiązaniem rozwiązaniami projekt projektu projekty projektów projekcie proces procesu procesy procesów procesie wynik wyniki wyników wynikach zakres zakresie zastosowanie zastosowania zastosowaniu realizacja realizacji usługa usługi usług problem problemu problemy problemów`;

const englishGeneric = `research researches researched study studies analysis analyses analyse analyze element elements method methods methodology solution solutions project projects process processes result results scope application applications service services approach approaches problem problems`;

export const genericWords: Record<SupportedLanguage, ReadonlySet<string>> = {
  pl: new Set(polishGeneric.split(/\s+/)),
  en: new Set(englishGeneric.split(/\s+/)),
};
