// Words a LinkedIn draft uses on purpose although the language's dictionary
// lacks them: English business jargon that Italian has adopted, and a few
// recent coinages on both sides. Lowercase; hyphenated entries match the whole
// hyphenated group ("follow-up"); an entry's English plural (frontends) is
// accepted too. What belongs: a word people really write in networking
// messages, in use in business or tech writing, that dictionary-en/-it lack
// and that no general rule builds (prefixes, -tech coinages, derivations and
// shorthand are rules in realtext.ts). What does not: brands (names are
// handled by case and position) and anything one letter from a common word,
// where a typo could hide. Each addition came from a labelled draft
// (tests/fixtures/spelling-*.jsonl) or a documented 2020s usage.
import type { Lang } from '../types';

/** Lowercase software names (see the note in SHARED); conference names built on them are in isJargon. */
export const TECH_NAMES = [
  'kubernetes', 'vuejs', 'django', 'terraform', 'kafka', 'postgres', 'postgresql', 'graphql', 'mongodb', 'mysql', 'pytorch',
  'numpy', 'kotlin', 'golang', 'javascript', 'nginx', 'linux', 'github', 'gitlab', 'webpack', 'ansible', 'grafana',
  'nextjs', 'tensorflow', 'scikit', 'fastapi', 'laravel', 'symfony', 'wordpress', 'shopify', 'salesforce', 'pytest', 'unittest',
];

const SHARED = [
  'networking', 'meeting', 'meetup', 'webinar', 'webinars', 'team', 'teams', 'startup', 'startups',
  'start-up', 'call', 'follow-up', 'followup', 'business', 'marketing', 'manager', 'managers',
  'feedback', 'newsletter', 'freelance', 'freelancer', 'coworking', 'smartworking', 'smart-working',
  'brainstorming', 'onboarding', 'offboarding', 'recruiter', 'recruiters', 'recruiting', 'headhunter',
  'founder', 'co-founder', 'cofounder', 'ceo', 'cto', 'cfo', 'coo', 'hr', 'linkedin', 'podcast',
  'podcasts', 'workshop', 'workshops', 'keynote', 'speaker', 'speakers', 'panel', 'panelist',
  'roadmap', 'roadmaps', 'backend', 'back-end', 'frontend', 'front-end', 'fullstack', 'full-stack',
  'rollout', 'rollouts', 'centric',
  // From batches cw-df, in drafts of both languages: a cook's junior rank, the words of an interface (theming: since the retrain on
  // ik-ip made "timing" a written word two edits away, in batch ef).
  'commis', 'microcopy', 'freemium', 'theming', 'chatbot', 'chatbots',
  // Lab, clinic and farm English both languages write (batches aj-al): preprints, denoising, a cryo-EM, a Holter, a bee mite, a vine training.
  'preprint', 'preprints', 'denoising', 'preprocessing', 'cryo', 'microbiome', 'microbiomes', 'organoid', 'organoids', 'epistasis',
  'holter', 'hospitalist', 'hospitalists', 'showreel', 'showreels', 'varroa', 'guyot',
  // Platforms people name in lowercase (etsy shop, eventbrite link, behance portfolio) and foods both languages borrow.
  'etsy', 'eventbrite', 'behance', 'padlet', 'substack', 'calendly', 'kimchi', 'kintsugi',
  'devops', 'fintech', 'insurtech', 'proptech', 'edtech', 'saas', 'b2b', 'b2c', 'e-commerce',
  'ecommerce', 'e-mail', 'email', 'emails', 'online', 'offline', 'know-how', 'benchmark', 'budget',
  'report', 'target', 'brand', 'branding', 'mentor', 'mentoring', 'mentorship', 'coaching', 'coach',
  'pitch', 'deck', 'demo', 'trial', 'lead', 'leads', 'sales', 'account', 'growth', 'hackathon',
  'bootcamp', 'remote', 'hybrid', 'skill', 'skills', 'soft-skill', 'soft-skills', 'hard-skills',
  'job', 'career', 'stakeholder', 'stakeholders', 'kpi', 'okr', 'welfare', 'packaging', 'developer',
  'developers', 'engineer', 'engineering', 'designer', 'ux', 'ui', 'product', 'data', 'cloud', 'app',
  'apps', 'software', 'hardware', 'open-source', 'talk', 'tool', 'tools', 'community', 'partner',
  'partnership', 'referral', 'referrals', 'networker', 'scale-up', 'scaleup', 'venture', 'spin-off',
  'videocall', 'videochiamata', 'videochiamate', 'autopromozionale', 'autopromozionali',
  'cybersecurity', 'serverless', 'async', 'standup', 'standups', 'stand-up', 'nearshoring', 'upskilling',
  'reskilling', 'martech', 'healthtech', 'agritech', 'cleantech', 'legaltech', 'insurtech', 'foodtech',
  'elearning', 'e-learning', 'webapp', 'chatbot', 'chatbots', 'low-code', 'no-code', 'lowcode', 'nocode',
  'copywriting', 'influencer', 'influencers', 'microservices', 'mlops', 'mentee', 'mentees', 'upsell',
  'upselling', 'startupper', 'teambuilding', 'team-building', 'benchmarking', 'rebranding', 'retargeting',
  'remarketing', 'instagram', 'facebook', 'youtube', 'whatsapp', 'tiktok', 'gmail',
  // Workplace and tech English newer than dictionary-en (2020s usage): HR and
  // learning (upskill, returnship), events (barcamp, unconference), data and
  // software (lakehouse, devrel, monorepo), sales (sdr, go-to-market), social (shoutout).
  'upskill', 'upskilled', 'reskill', 'reskilled', 'preboarding', 'learnings', 'offsite', 'offsites', 'onsite', 'timezone', 'timezones',
  'whitepaper', 'whitepapers', 'devrel', 'dataset', 'datasets', 'fullstack', 'softwarehouse', 'scaleups', 'webinars', 'livestream',
  'paywall', 'crowdfunding', 'microsite', 'landing', 'gamification', 'fundraising', 'preseed', 'pre-seed', 'go-to-market', 'gtm',
  'sdr', 'sdrs', 'bdr', 'bdrs', 'saas', 'paas', 'iaas', 'lms', 'ats', 'hris', 'roi', 'cta', 'ctas', 'ux', 'genai', 'chatgpt', 'copilot',
  'onboard', 'onboarded', 'offboard', 'offboarded', 'workstream', 'workstreams', 'upskills', 'reskills',
  'phygital', 'returnship', 'barcamp', 'unconference', 'frontend', 'microfrontend', 'monorepo', 'onprem', 'on-prem', 'martech',
  'lakehouse', 'datalake', 'shoutout', 'shout-out', 'upvote', 'livestreaming',
  // Clippings: short forms business and tech English writes on purpose, listed as informal
  // words by the general dictionaries (Merriam-Webster, Cambridge) but missing from dictionary-en
  // (a repo, a junior dev, a biomed student, the config). The exception to "nothing one letter from a
  // common word" above: dev (den, dew) and repo (rep) are written far more often than those typos.
  'repo', 'repos', 'dev', 'devs', 'biomed', 'config', 'configs', 'prefs',
  // From batch an (tech and finance, written fast): evals, a quant, perf work, cyber cover, the Instagram of chat.
  'eval', 'evals', 'quant', 'quants', 'perf', 'cyber', 'insta', 'pharma', 'telematics', 'dataframe', 'dataframes',
  // From batches ay and az: merchandise, a game's test session, site navigation, the lean word for steady improvement, a soil word.
  'merch', 'playtest', 'playtests', 'playtesting', 'nav', 'kaizen', 'rhizosphere',
  // Sports and leisure nouns newer than the dictionaries, written as common nouns in both languages.
  'padel', 'pickleball', 'crossfit',
  // Software people name in lowercase, as the projects write themselves (kubernetes, vue, django):
  // widely used open-source names only, none of them one typing slip from a word of either
  // dictionary (a test holds that), so no typo hides behind them.
  ...TECH_NAMES,
  // acronyms people often type in lowercase
  'cv', 'pdf', 'ppt', 'faq', 'crm', 'erp', 'seo', 'api', 'mba', 'phd', 'rsvp', 'asap', 'fyi', 'aws', 'sre', 'haccp',
  // Kitchen and bar words both languages borrow (batches am, ao): a Georgian clay vessel, a citrus, a tasting menu, a spice mix.
  'qvevri', 'yuzu', 'omakase', 'chai', 'garam', 'masala', 'lookbook', 'lookbooks', 'canapé', 'canapés',
  // From batches ba-bd (2026-12): a Japanese firing of pottery, the short word nurses use for a defibrillator.
  'raku', 'defib', 'defibs',
  // From batches bq-bt, in either language ("nell'agritech", "il wellbeing aziendale").
  'agritech', 'wellbeing',
  // From batches jc-jn: steamed buns, and a layered French cut both languages write with its accent.
  'bao', 'pavé',
  // From batches jo-jt: a collaborative robot. From ju-jz: an Indian platter.
  'cobot', 'cobots', 'thali', 'thalis',
  // From batch ko: the lean-manufacturing takt (takt time), written as it is in both languages.
  'takt',
  // From batches kq-kv: acrylic sheet by its trade name, the telecom business, solar panels over crops.
  'plexiglass', 'telecom', 'telecoms', 'agrivoltaics', 'agrivoltaic',
  // From batches li-ln: a band's frontman, said so in Italian too; fermented soy, the tango's accordion.
  'frontman', 'frontmen', 'frontwoman', 'tempeh', 'bandoneon', 'bandoneons',
];

const IT_ONLY: string[] = [
  'ok', 'okay', 'post', 'chat', 'social', 'blog', 'web', 'sito', 'pmi', 'efficientamento', 'omnicanale',
  'omnicanali', 'multicanalità', 'criptovaluta', 'criptovalute', 'cybersicurezza', 'performanti', 'neoassunto',
  'neoassunta', 'neoassunti', 'neoassunte', 'colloquiare',
  // Trade and medical words newer than, or missing from, dictionary-it (gres porcellanato, caffè monorigine).
  'gres', 'monorigine', 'pneumologo', 'pneumologa', 'pneumologi', 'pneumologia',
  // From the blind batches w-z (2026-12): a structural engineer, students about to graduate, a Apulian pastry.
  'strutturista', 'strutturisti', 'diplomando', 'diplomanda', 'diplomandi', 'diplomande', 'panzerotto', 'panzerotti',
  // From batch ad (trades): precast floor slabs, shelf plans, the French loan for a team.
  'predalles', 'predalle', 'planogramma', 'planogrammi', 'équipe', 'groupage',
  // From batches ae and af: skin-care retail, business reporting, audiobooks.
  'dermocosmetica', 'dermocosmetici', 'dermocosmetico', 'dermocosmetiche', 'reportistica', 'audiolibro', 'audiolibri',
  // From batches aj and al (farms, clinics, labs): a Prosecco grape, an old Sicilian wheat, a fruit preserve, lab words.
  'glera', 'tumminia', 'compostata', 'compostate', 'organoide', 'organoidi', 'micoplasma', 'micoplasmi', 'termociclatore', 'termociclatori',
  'grafene', 'brevettazione', 'confocale', 'confocali', 'sbrisolona', 'curriculare', 'curriculari', 'bayesiano', 'bayesiana', 'bayesiani', 'bayesiane',
  // From batch bd (people between two countries): the tax regime for workers moving back to Italy.
  'impatriati', 'impatriato', 'impatriata', 'impatriate',
  // From batches be-bj: a turner's workshop, a hairdryer, a pulse oximeter, regional breads and pastries.
  'torneria', 'phon', 'saturimetro', 'saturimetri', 'pasticciotto', 'pasticciotti', 'crescia', 'seadas', 'pardulas', 'pittula', 'pittule',
  'fugassa',
  // From batches bk and bl: a Sicilian grape, a drug class, care-home and care-worker acronyms typed in lowercase.
  'frappato', 'antipertensivo', 'antipertensiva', 'antipertensivi', 'antipertensive', 'oss', 'rsa',
  // From batches bq-bt: a community bike workshop, a forklift driver.
  'ciclofficina', 'ciclofficine', 'mulettista', 'mulettisti',
  // From batches cg-ct: a school subject and trade, teaching by workshop, another forklift driver, a lab measure, a biogas residue.
  'meccatronica', 'meccatronico', 'meccatronici', 'laboratoriale', 'laboratoriali', 'carrellista', 'carrellisti', 'colorimetria', 'digestato', 'digestati',
  // From batches cw-df: a builder's screed, stopping medicines (the Italian of deprescribing), an outdoor seating area.
  'massetto', 'massetti', 'deprescrizione', 'dehors',
  // From batches dk-dt: a dermatoscope, a drywall fitter, writing up a medical report, sedation.
  'dermatoscopio', 'cartongessista', 'cartongessisti', 'refertazione', 'sedazione',
  // From batch im: a student living away from home, as Italian writes it in one word; from jb: a cycle path.
  'fuorisede', 'ciclovia', 'ciclovie',
  // From batches jc-jn: Tuscan and Campanian pasta, mulled wine as Italian writes it, the tax-help office and the yearly gross pay in lowercase.
  'pici', 'paccheri', 'brulé', 'caf', 'ral',
  // From batches jo-jt: the dermatoscope's exam, an autumn chestnut feast.
  'dermatoscopia', 'castagnata', 'castagnate',
  // From batches ju-jz: a woman engineer, the brick-and-concrete of floor slabs (latero-cemento).
  'ingegnera', 'latero', 'laterocemento',
  // From batches ka-kf: the dermatoscope's plural.
  'dermatoscopi',
  // From batches kg-kp: plasterboard walls in the plural, a rosé wine, Italy's continuing-education credits (ecm), an electrician's
  // qualifications (pes, pav, pei).
  'cartongessi', 'rosé', 'ecm', 'pes', 'pav', 'pei',
  // From batches kw-lb: cement tiles, cruise passengers.
  'cementine', 'crocieristi', 'crocierista', 'crocieriste',
  // From batches lo-lt: regulatory affairs (regolatorio), a parapharmacy, the pharma rep's ISF, composted manure.
  'regolatorio', 'regolatoria', 'regolatori', 'regolatorie', 'parafarmacia', 'parafarmacie', 'isf', 'compostato', 'compostata',
];

/**
 * English verbs Italian conjugates as first-conjugation verbs (taggare,
 * linkato, customizzeremo): the stem plus a regular -are ending.
 */
const IT_VERB_STEMS = [
  'tagg', 'link', 'chatt', 'customizz', 'brandizz', 'googl', 'ghost', 'fix', 'debugg', 'deploy', 'forward',
  'schedul', 'switch', 'whatsapp', 'screenshott', 'brief', 'match', 'upload', 'download', 'spamm', 'follow',
  'efficient', 'mentor',
];
const IT_VERB_ENDINGS = [
  'are', 'arlo', 'arla', 'arli', 'arle', 'armi', 'arti', 'arci', 'arvi', 'ato', 'ata', 'ati', 'ate', 'o', 'i', 'a', 'iamo',
  'ano', 'ando', 'andolo', 'avo', 'avi', 'ava', 'avamo', 'avate', 'avano', 'erò', 'erai', 'erà', 'eremo', 'erete', 'eranno',
  'erei', 'eresti', 'erebbe', 'eremmo', 'ereste', 'erebbero', 'ai', 'asti', 'ò', 'ammo', 'aste', 'arono', 'iate', 'ino', 'assi',
  'asse', 'assimo', 'assero',
];
const IT_VERB_RE = new RegExp(`^(?:${IT_VERB_STEMS.join('|')})(?:${IT_VERB_ENDINGS.join('|')})$`, 'u');
/** The first three letters of every stem: a word that starts otherwise needs no test against IT_VERB_RE (most words). */
const IT_VERB_HEADS = new Set(IT_VERB_STEMS.map((s) => s.slice(0, 3)));
const EN_ONLY: string[] = [
  'ok', 'okay', 'linkedin', 'webinar', 'calendly', 'zoom', 'ai', 'ml', 'maths', 'café', 'cafés',
  // From batch ad (trades and regions): a nurse's first months, shelf signs, a photographic print, a path for walking and cycling,
  // Irish "fun", Australian "afternoon".
  'preceptorship', 'preceptorships', 'wobbler', 'wobblers', 'cyanotype', 'cyanotypes', 'greenway', 'greenways', 'craic', 'arvo', 'groupage',
  // From batches ae and af: the accented spelling of a CV, timber offcuts, a plain-spoken adjective.
  'résumé', 'résumés', 'offcut', 'offcuts', 'unglamorous',
  // From batches aj, ak and al: the British spelling of chili, a voice coach's word.
  'chilli', 'chillies', 'sibilance', 'sulphite', 'sulphites', 'enquire', 'enquires', 'enquired', 'enquiring', 'enquiry', 'enquiries',
  // From batch bd: food made by hand in small batches, a subtitle writer.
  'artisanal', 'subtitler', 'subtitlers',
  // From batches be-bj: contractions the dictionary lacks, trade and leisure words (a shelf of work, a wayfinding sign, a hurling game for women).
  "there'll", "there'd", 'kinesiology', 'fulfilment', 'lidding', 'wayfinding', 'glamping', 'camogie', 'belter', 'balayage', 'rostering',
  'esports', 'matchday', 'grandad', 'grandads', 'combi', 'wifi',
  // From batches bk and bl: British mould, the ward word for paediatrics.
  'mould', 'moulds', 'mouldy', 'paeds',
  // From batches bq-bt: stopping medicines that no longer help, a refurbishment, British leaflets.
  'deprescribing', 'refurb', 'refurbs', 'flyers',
  // From batches cg-ct: a stencil printer, climbing without ropes, a coffee roaster's shop, trade and ward words, British enrolment.
  'risograph', 'bouldering', 'roastery', 'roasteries', 'homeware', 'timesheet', 'videographer', 'deburring', 'readmissions', 'titration',
  'enrolment', 'enrolments', 'artefact', 'artefacts', 'tradies', 'sparkies',
  // From batches cw-df: a kidney doctor, a call-centre dialer, a Cypriot cheese, a Sikh temple.
  'nephrologist', 'nephrologists', 'dialer', 'dialers', 'halloumi', 'gurdwara', 'gurdwaras',
  // From batch id: medical specialties dictionary-en lacks (a slip on one, rhuematologist, is then found near it).
  'rheumatology', 'rheumatologist', 'rheumatologists', 'gastroenterologist', 'gastroenterologists', 'pulmonologist', 'pulmonologists',
  'hepatologist', 'hepatologists', 'sonographer', 'sonographers',
  // British yoghurt, which the retrain on ie-ij made a slip on a written word (yogurt) in batch hc.
  'yoghurt', 'yoghurts',
  // From batches ir and iu: a skin doctor's magnifying exam, nature restored to itself.
  'dermoscopy', 'rewilding',
  // From batches jc-jn: the office word for communications, a plural dictionary-en lacks, an ecologist's sampling frame, a textured ceiling
  // finish plasterers remove, British speciality.
  'comms', 'schemas', 'quadrat', 'quadrats', 'artex', 'speciality', 'specialities',
  // From batches ju-jz: short videos that explain, a British waterfront, the clipping of photographer.
  'explainer', 'explainers', 'harbourside', 'photog', 'photogs',
  // From batches ka-kf: a first-round check on candidates or patients, British centred.
  'screener', 'screeners', 'centred',
  // From batches kg-kp: trade and care words dictionary-en lacks (a British kerb, site groundworks, a first aider, a sound recordist,
  // grant funders, sixth formers, an orthodontic clinic's short form, engineers' calcs, compostable packaging).
  'kerb', 'kerbs', 'groundworks', 'ironworks', 'aider', 'aiders', 'recordist', 'recordists', 'sonography', 'funder', 'funders',
  'formers', 'ortho', 'calcs', 'compostable',
  // From batches kw-lb: the captcha of a form, a job requisition.
  'captcha', 'captchas', 'req', 'reqs',
  // From batches li-ln: British tyres. From lo-lt: surgical trocars, biologic drugs, triaging patients, a cath lab, British rams and
  // instalments.
  'tyre', 'tyres', 'trocar', 'trocars', 'biologics', 'triaging', 'cath', 'tup', 'tups', 'instalment', 'instalments',
];

/** Per language; a language shipped without a list of its own reads the shared words (jargonOf). */
export const JARGON: Readonly<Partial<Record<Lang, ReadonlySet<string>>>> = {
  it: new Set([...SHARED, ...IT_ONLY]),
  en: new Set([...SHARED, ...EN_ONLY]),
};

/** A language without a jargon list (one shipped with a dictionary but no list yet) has the shared words. */
const SHARED_ONLY: ReadonlySet<string> = new Set(SHARED);
const jargonOf = (lang: Lang): ReadonlySet<string> => JARGON[lang] ?? SHARED_ONLY;

/**
 * The jargon entries one or two typing slips from `word` (onbording → onboarding, hackaton → hackathon), closest first: the
 * dictionaries do not hold them, so their suggestions cannot. `distance` is the caller's edit distance.
 */
export function jargonNear(word: string, lang: Lang, distance: (a: string, b: string) => number): string[] {
  const w = word.toLowerCase();
  if (w.length < 5) return [];
  const found: Array<[string, number]> = [];
  for (const j of jargonOf(lang)) {
    if (j.length < 5 || Math.abs(j.length - w.length) > 2) continue;
    const d = distance(w, j);
    if (d <= 2) found.push([j, d]);
  }
  return found.sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1)).map(([j]) => j);
}

const TECH_CONF_STEMS = new Set(['py', 'js', 'kube', 'rust', 'ruby', 'php', 'react', 'go', 'java', 'data', 'def', 'rails', 'swift', 'elixir']);

export function isJargon(word: string, lang: Lang): boolean {
  const w = word.toLowerCase().replace(/’/g, "'");
  const list = jargonOf(lang);
  if (list.has(w)) return true;
  // The English plural of an entry (frontends, returnships, barcamps).
  // Also the lowercase acronyms (kpis, apis, okrs).
  if (w.length > 3 && w.endsWith('s') && list.has(w.slice(0, -1))) return true;
  // Community conferences named after a language or a tool: pycon, kubecon, jsconf, djangocon.
  const con = (w.endsWith('con') || w.endsWith('conf')) && /^(\p{Ll}{2,12}?)(con|conf)$/u.exec(w);
  if (con && (TECH_CONF_STEMS.has(con[1]!) || TECH_NAMES.includes(con[1]!))) return true;
  return lang === 'it' && IT_VERB_HEADS.has(w.slice(0, 3)) && IT_VERB_RE.test(w);
}
