/**
 * NACE Rev. 2 (PKD 2007 in Polish): every section, every manufacturing division, and the
 * groups and classes the cluster's firms and labs work in. Searchable by code and by either
 * language's name; a posting may name any code the API accepts, these are the suggestions.
 */
export interface NaceCode {
  code: string;
  pl: string;
  en: string;
}

export const naceCodes: NaceCode[] = [
  {
    code: 'A',
    pl: 'Rolnictwo, leśnictwo, łowiectwo i rybactwo',
    en: 'Agriculture, forestry and fishing',
  },
  { code: 'B', pl: 'Górnictwo i wydobywanie', en: 'Mining and quarrying' },
  { code: 'C', pl: 'Przetwórstwo przemysłowe', en: 'Manufacturing' },
  { code: 'C10', pl: 'Produkcja artykułów spożywczych', en: 'Manufacture of food products' },
  { code: 'C13', pl: 'Produkcja wyrobów tekstylnych', en: 'Manufacture of textiles' },
  {
    code: 'C16',
    pl: 'Produkcja wyrobów z drewna i korka',
    en: 'Manufacture of wood and cork products',
  },
  {
    code: 'C17',
    pl: 'Produkcja papieru i wyrobów z papieru',
    en: 'Manufacture of paper and paper products',
  },
  {
    code: 'C20',
    pl: 'Produkcja chemikaliów i wyrobów chemicznych',
    en: 'Manufacture of chemicals and chemical products',
  },
  {
    code: 'C21',
    pl: 'Produkcja wyrobów farmaceutycznych',
    en: 'Manufacture of pharmaceutical products',
  },
  {
    code: 'C22',
    pl: 'Produkcja wyrobów z gumy i tworzyw sztucznych',
    en: 'Manufacture of rubber and plastic products',
  },
  { code: 'C22.1', pl: 'Produkcja wyrobów z gumy', en: 'Manufacture of rubber products' },
  {
    code: 'C22.2',
    pl: 'Produkcja wyrobów z tworzyw sztucznych',
    en: 'Manufacture of plastic products',
  },
  {
    code: 'C22.29',
    pl: 'Produkcja pozostałych wyrobów z tworzyw sztucznych',
    en: 'Manufacture of other plastic products',
  },
  {
    code: 'C23',
    pl: 'Produkcja wyrobów z pozostałych mineralnych surowców niemetalicznych',
    en: 'Manufacture of other non-metallic mineral products',
  },
  { code: 'C24', pl: 'Produkcja metali', en: 'Manufacture of basic metals' },
  {
    code: 'C24.1',
    pl: 'Produkcja surówki, żelazostopów, żeliwa i stali',
    en: 'Manufacture of basic iron and steel and ferro-alloys',
  },
  {
    code: 'C24.4',
    pl: 'Produkcja metali szlachetnych i nieżelaznych',
    en: 'Manufacture of basic precious and other non-ferrous metals',
  },
  { code: 'C24.42', pl: 'Produkcja aluminium', en: 'Aluminium production' },
  { code: 'C24.5', pl: 'Odlewnictwo metali', en: 'Casting of metals' },
  { code: 'C24.51', pl: 'Odlewnictwo żeliwa', en: 'Casting of iron' },
  { code: 'C24.53', pl: 'Odlewnictwo metali lekkich', en: 'Casting of light metals' },
  {
    code: 'C25',
    pl: 'Produkcja metalowych wyrobów gotowych',
    en: 'Manufacture of fabricated metal products',
  },
  {
    code: 'C25.1',
    pl: 'Produkcja metalowych elementów konstrukcyjnych',
    en: 'Manufacture of structural metal products',
  },
  {
    code: 'C25.5',
    pl: 'Kucie, prasowanie, wytłaczanie i walcowanie metali; metalurgia proszków',
    en: 'Forging, pressing, stamping and roll-forming of metal; powder metallurgy',
  },
  {
    code: 'C25.6',
    pl: 'Obróbka metali i nakładanie powłok na metale; obróbka mechaniczna elementów metalowych',
    en: 'Treatment and coating of metals; machining',
  },
  {
    code: 'C25.61',
    pl: 'Obróbka metali i nakładanie powłok na metale',
    en: 'Treatment and coating of metals',
  },
  { code: 'C25.62', pl: 'Obróbka mechaniczna elementów metalowych', en: 'Machining' },
  {
    code: 'C25.7',
    pl: 'Produkcja wyrobów nożowniczych, narzędzi i wyrobów metalowych ogólnego przeznaczenia',
    en: 'Manufacture of cutlery, tools and general hardware',
  },
  { code: 'C25.73', pl: 'Produkcja narzędzi', en: 'Manufacture of tools' },
  {
    code: 'C26',
    pl: 'Produkcja komputerów, wyrobów elektronicznych i optycznych',
    en: 'Manufacture of computer, electronic and optical products',
  },
  {
    code: 'C26.1',
    pl: 'Produkcja elektronicznych elementów i obwodów drukowanych',
    en: 'Manufacture of electronic components and boards',
  },
  {
    code: 'C26.5',
    pl: 'Produkcja instrumentów i przyrządów pomiarowych, kontrolnych i nawigacyjnych',
    en: 'Manufacture of measuring, testing and navigating instruments',
  },
  {
    code: 'C26.51',
    pl: 'Produkcja instrumentów i przyrządów pomiarowych, kontrolnych i nawigacyjnych',
    en: 'Manufacture of instruments for measuring, testing and navigation',
  },
  {
    code: 'C27',
    pl: 'Produkcja urządzeń elektrycznych',
    en: 'Manufacture of electrical equipment',
  },
  {
    code: 'C27.1',
    pl: 'Produkcja elektrycznych silników, prądnic, transformatorów i aparatury rozdzielczej',
    en: 'Manufacture of electric motors, generators, transformers and distribution apparatus',
  },
  {
    code: 'C27.2',
    pl: 'Produkcja baterii i akumulatorów',
    en: 'Manufacture of batteries and accumulators',
  },
  {
    code: 'C28',
    pl: 'Produkcja maszyn i urządzeń, gdzie indziej niesklasyfikowana',
    en: 'Manufacture of machinery and equipment n.e.c.',
  },
  {
    code: 'C28.1',
    pl: 'Produkcja maszyn ogólnego przeznaczenia',
    en: 'Manufacture of general-purpose machinery',
  },
  {
    code: 'C28.11',
    pl: 'Produkcja silników i turbin, z wyłączeniem silników lotniczych, samochodowych i motocyklowych',
    en: 'Manufacture of engines and turbines, except aircraft, vehicle and cycle engines',
  },
  {
    code: 'C28.12',
    pl: 'Produkcja sprzętu i wyposażenia do napędu hydraulicznego i pneumatycznego',
    en: 'Manufacture of fluid power equipment',
  },
  {
    code: 'C28.15',
    pl: 'Produkcja łożysk, kół zębatych, przekładni zębatych i elementów napędowych',
    en: 'Manufacture of bearings, gears, gearing and driving elements',
  },
  {
    code: 'C28.2',
    pl: 'Produkcja pozostałych maszyn ogólnego przeznaczenia',
    en: 'Manufacture of other general-purpose machinery',
  },
  {
    code: 'C28.22',
    pl: 'Produkcja urządzeń dźwigowych i chwytaków',
    en: 'Manufacture of lifting and handling equipment',
  },
  {
    code: 'C28.3',
    pl: 'Produkcja maszyn dla rolnictwa i leśnictwa',
    en: 'Manufacture of agricultural and forestry machinery',
  },
  {
    code: 'C28.4',
    pl: 'Produkcja maszyn do obróbki metalu i obrabiarek',
    en: 'Manufacture of metal forming machinery and machine tools',
  },
  {
    code: 'C28.41',
    pl: 'Produkcja maszyn do obróbki metalu',
    en: 'Manufacture of metal forming machinery',
  },
  {
    code: 'C28.49',
    pl: 'Produkcja pozostałych narzędzi mechanicznych',
    en: 'Manufacture of other machine tools',
  },
  {
    code: 'C28.9',
    pl: 'Produkcja pozostałych maszyn specjalnego przeznaczenia',
    en: 'Manufacture of other special-purpose machinery',
  },
  {
    code: 'C28.92',
    pl: 'Produkcja maszyn dla górnictwa i do wydobywania oraz budownictwa',
    en: 'Manufacture of machinery for mining, quarrying and construction',
  },
  {
    code: 'C29',
    pl: 'Produkcja pojazdów samochodowych, przyczep i naczep',
    en: 'Manufacture of motor vehicles, trailers and semi-trailers',
  },
  { code: 'C29.1', pl: 'Produkcja pojazdów samochodowych', en: 'Manufacture of motor vehicles' },
  { code: 'C29.10', pl: 'Produkcja pojazdów samochodowych', en: 'Manufacture of motor vehicles' },
  {
    code: 'C29.2',
    pl: 'Produkcja nadwozi do pojazdów silnikowych; produkcja przyczep i naczep',
    en: 'Manufacture of bodies for motor vehicles; trailers and semi-trailers',
  },
  {
    code: 'C29.20',
    pl: 'Produkcja nadwozi do pojazdów silnikowych; produkcja przyczep i naczep',
    en: 'Manufacture of bodies (coachwork) for motor vehicles; trailers and semi-trailers',
  },
  {
    code: 'C29.3',
    pl: 'Produkcja części i akcesoriów do pojazdów silnikowych',
    en: 'Manufacture of parts and accessories for motor vehicles',
  },
  {
    code: 'C29.31',
    pl: 'Produkcja wyposażenia elektrycznego i elektronicznego do pojazdów silnikowych',
    en: 'Manufacture of electrical and electronic equipment for motor vehicles',
  },
  {
    code: 'C29.32',
    pl: 'Produkcja pozostałych części i akcesoriów do pojazdów silnikowych',
    en: 'Manufacture of other parts and accessories for motor vehicles',
  },
  {
    code: 'C30',
    pl: 'Produkcja pozostałego sprzętu transportowego',
    en: 'Manufacture of other transport equipment',
  },
  {
    code: 'C30.2',
    pl: 'Produkcja lokomotyw kolejowych oraz taboru szynowego',
    en: 'Manufacture of railway locomotives and rolling stock',
  },
  {
    code: 'C30.3',
    pl: 'Produkcja statków powietrznych, statków kosmicznych i podobnych maszyn',
    en: 'Manufacture of air and spacecraft and related machinery',
  },
  {
    code: 'C30.30',
    pl: 'Produkcja statków powietrznych, statków kosmicznych i podobnych maszyn',
    en: 'Manufacture of air and spacecraft and related machinery',
  },
  { code: 'C31', pl: 'Produkcja mebli', en: 'Manufacture of furniture' },
  { code: 'C32', pl: 'Pozostała produkcja wyrobów', en: 'Other manufacturing' },
  {
    code: 'C33',
    pl: 'Naprawa, konserwacja i instalowanie maszyn i urządzeń',
    en: 'Repair and installation of machinery and equipment',
  },
  { code: 'C33.12', pl: 'Naprawa i konserwacja maszyn', en: 'Repair of machinery' },
  {
    code: 'C33.2',
    pl: 'Instalowanie maszyn przemysłowych, sprzętu i wyposażenia',
    en: 'Installation of industrial machinery and equipment',
  },
  {
    code: 'D',
    pl: 'Wytwarzanie i zaopatrywanie w energię elektryczną, gaz, parę wodną i gorącą wodę',
    en: 'Electricity, gas, steam and air conditioning supply',
  },
  {
    code: 'D35.1',
    pl: 'Wytwarzanie, przesyłanie, dystrybucja i handel energią elektryczną',
    en: 'Electric power generation, transmission and distribution',
  },
  {
    code: 'E',
    pl: 'Dostawa wody; gospodarowanie ściekami i odpadami oraz działalność związana z rekultywacją',
    en: 'Water supply; sewerage, waste management and remediation',
  },
  {
    code: 'E38',
    pl: 'Działalność związana ze zbieraniem, przetwarzaniem i unieszkodliwianiem odpadów; odzysk surowców',
    en: 'Waste collection, treatment and disposal; materials recovery',
  },
  { code: 'F', pl: 'Budownictwo', en: 'Construction' },
  {
    code: 'G',
    pl: 'Handel hurtowy i detaliczny; naprawa pojazdów samochodowych',
    en: 'Wholesale and retail trade; repair of motor vehicles',
  },
  {
    code: 'G45.2',
    pl: 'Konserwacja i naprawa pojazdów samochodowych',
    en: 'Maintenance and repair of motor vehicles',
  },
  { code: 'H', pl: 'Transport i gospodarka magazynowa', en: 'Transportation and storage' },
  { code: 'H49.4', pl: 'Transport drogowy towarów', en: 'Freight transport by road' },
  {
    code: 'I',
    pl: 'Działalność związana z zakwaterowaniem i usługami gastronomicznymi',
    en: 'Accommodation and food service activities',
  },
  { code: 'J', pl: 'Informacja i komunikacja', en: 'Information and communication' },
  {
    code: 'J62',
    pl: 'Działalność związana z oprogramowaniem i doradztwem w zakresie informatyki',
    en: 'Computer programming, consultancy and related activities',
  },
  {
    code: 'J62.01',
    pl: 'Działalność związana z oprogramowaniem',
    en: 'Computer programming activities',
  },
  {
    code: 'J63',
    pl: 'Działalność usługowa w zakresie informacji',
    en: 'Information service activities',
  },
  {
    code: 'K',
    pl: 'Działalność finansowa i ubezpieczeniowa',
    en: 'Financial and insurance activities',
  },
  {
    code: 'L',
    pl: 'Działalność związana z obsługą rynku nieruchomości',
    en: 'Real estate activities',
  },
  {
    code: 'M',
    pl: 'Działalność profesjonalna, naukowa i techniczna',
    en: 'Professional, scientific and technical activities',
  },
  {
    code: 'M71',
    pl: 'Działalność w zakresie architektury i inżynierii; badania i analizy techniczne',
    en: 'Architectural and engineering activities; technical testing and analysis',
  },
  {
    code: 'M71.12',
    pl: 'Działalność w zakresie inżynierii i związane z nią doradztwo techniczne',
    en: 'Engineering activities and related technical consultancy',
  },
  {
    code: 'M71.20',
    pl: 'Pozostałe badania i analizy techniczne',
    en: 'Technical testing and analysis',
  },
  {
    code: 'M72',
    pl: 'Badania naukowe i prace rozwojowe',
    en: 'Scientific research and development',
  },
  {
    code: 'M72.1',
    pl: 'Badania naukowe i prace rozwojowe w dziedzinie nauk przyrodniczych i technicznych',
    en: 'Research and experimental development on natural sciences and engineering',
  },
  {
    code: 'M72.19',
    pl: 'Badania naukowe i prace rozwojowe w dziedzinie pozostałych nauk przyrodniczych i technicznych',
    en: 'Other research and experimental development on natural sciences and engineering',
  },
  {
    code: 'M74.1',
    pl: 'Działalność w zakresie specjalistycznego projektowania',
    en: 'Specialised design activities',
  },
  {
    code: 'N',
    pl: 'Działalność w zakresie usług administrowania i działalność wspierająca',
    en: 'Administrative and support service activities',
  },
  {
    code: 'O',
    pl: 'Administracja publiczna i obrona narodowa',
    en: 'Public administration and defence',
  },
  { code: 'P', pl: 'Edukacja', en: 'Education' },
  { code: 'P85.4', pl: 'Szkolnictwo wyższe', en: 'Higher education' },
  {
    code: 'Q',
    pl: 'Opieka zdrowotna i pomoc społeczna',
    en: 'Human health and social work activities',
  },
  {
    code: 'R',
    pl: 'Działalność związana z kulturą, rozrywką i rekreacją',
    en: 'Arts, entertainment and recreation',
  },
  { code: 'S', pl: 'Pozostała działalność usługowa', en: 'Other service activities' },
  {
    code: 'T',
    pl: 'Gospodarstwa domowe zatrudniające pracowników',
    en: 'Activities of households as employers',
  },
  {
    code: 'U',
    pl: 'Organizacje i zespoły eksterytorialne',
    en: 'Activities of extraterritorial organisations and bodies',
  },
];

const byCode = new Map(naceCodes.map((entry) => [entry.code, entry]));

/** The code's name in the reader's language; a code outside the list shows as itself. */
export function naceLabel(code: string, locale: 'pl' | 'en'): string {
  const entry = byCode.get(code);
  return entry ? `${code} · ${entry[locale]}` : code;
}

/** Options for a searchable select: the label holds the code and both names, so either matches. */
export function naceOptions(locale: 'pl' | 'en', selected: readonly string[] = []) {
  const other = locale === 'pl' ? 'en' : 'pl';
  const known = naceCodes.map((entry) => ({
    value: entry.code,
    label: `${entry.code} · ${entry[locale]}`,
    searchText: `${entry.code} ${entry.pl} ${entry.en}`,
    hint: entry[other],
  }));
  const custom = selected
    .filter((code) => !byCode.has(code))
    .map((code) => ({ value: code, label: code, searchText: code, hint: '' }));
  return [...known, ...custom];
}
