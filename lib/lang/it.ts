// Italian: function words, greetings and names, and the phrases of every rule (each rule's own
// lib/rules/<rule>/phrases.it.ts). Registered in lib/lang/index.ts.
import { phrasesIT as personalized } from '../rules/personalized/phrases.it';
import { phrasesIT as howMet } from '../rules/how-met/phrases.it';
import { phrasesIT as noEarlyAsk } from '../rules/no-early-ask/phrases.it';
import { phrasesIT as givesFirst } from '../rules/gives-first/phrases.it';
import { phrasesIT as noPitch } from '../rules/no-pitch/phrases.it';
import { phrasesIT as followUp } from '../rules/follow-up/phrases.it';
import { phrasesIT as honest } from '../rules/honest/phrases.it';
import { phrasesIT as register } from '../rules/register/phrases.it';
import { wordList } from './phrase';
import type { LanguageDef } from './types';

/** Imperfetti della prima plurale ("eravamo entrambi …"): portano in sé il soggetto e il passato. */
const WE_WERE = [
  'eravamo', 'stavamo', 'sedevamo', 'lavoravamo', 'studiavamo', 'facevamo', 'avevamo', 'aspettavamo', 'parlavamo', 'viaggiavamo',
  'correvamo', 'giocavamo', 'frequentavamo', 'seguivamo', 'dividevamo', 'condividevamo',
];

export const it: LanguageDef = {
  code: 'it',
  name: 'Italian',
  dictionary: 'it',
  stopwords: [
    'il', 'lo', 'la', 'gli', 'le', 'di', 'da', 'con', 'su', 'per', 'tra', 'fra', 'che', 'e', 'non', 'un', 'una', 'uno',
    'ti', 'mi', 'ho', 'sono', 'ciao', 'grazie', 'del', 'della', 'dello', 'dei', 'degli', 'delle', 'al', 'alla', 'allo',
    'ai', 'agli', 'alle', 'nel', 'nella', 'nei', 'sul', 'sulla', 'si', 'anche', 'come', 'piu', 'molto', 'mio', 'mia',
    'tuo', 'tua', 'tuoi', 'questo', 'questa', 'ma', 'se', 'sei', 'hai', 'ci', 'vi', 'gia', 'solo', 'buongiorno',
    'buonasera', 'salve', 'piacere', 'essere', 'stato', 'fare', 'sarebbe', 'volentieri', 'ancora', 'poi', 'dopo',
    'quando', 'cosa', 'perche', 'te', 'ed', 'o', 'ne', 'l', 'un\'', 'sto', 'stai', 'siamo', 'abbiamo', 'anni', 'ogni',
    'tutto', 'tutti', 'qualche', 'mie', 'miei', 'vostro', 'nostro', 'nostra', 'gentile', 'cordiali', 'saluti', 'lavoro',
  ],
  greetings: [
    'ciao', 'salve', 'buongiorno', 'buonasera', 'buon pomeriggio', 'buondi', 'gentile', 'gentilissim[oa]', 'car[oa]',
    'carissim[oa]', 'egregi[oa]', 'ehi', 'ehila', 'hey', 'hi', 'hello', 'spettabile', 'alla cortese attenzione di',
  ],
  notNames: [
    'a', 'tutti', 'tutte', 'ragazzi', 'ragazze', 'di', 'nuovo', 'e', 'come', 'da', 'ancora', 'amico', 'amica',
    'collega', 'team', 'sono', 'mi', 'ti', 'io', 'spero', 'ho', 'piacere', 'grazie', 'volevo', 'scusa', 'che', 'il',
    'la', 'lo', 'un', 'una', 'oggi', 'eccomi', 'sig', 'signor', 'signora', 'dottore', 'dottoressa', 'direttore',
    'responsabile', 'staff', 'redazione',
  ],
  titles: [
    'dott', 'dottssa', 'dott.ssa', 'ssa', 'dottor', 'dottoressa', 'ingegner', 'avvocato', 'professor', 'professore',
    'professoressa', 'presidente', 'direttore', 'direttrice', 'dr', 'dssa', 'ing', 'avv', 'prof', 'profssa',
    'sig', 'sigra', 'signor', 'signora', 'arch', 'rag', 'geom', 'egr', 'gent',
    'assessore', 'assessora', 'sindaco', 'sindaca', 'consigliere', 'consigliera', 'onorevole', 'senatore', 'senatrice', 'notaio',
    'maestro', 'maestra', 'architetto', 'ingegnere', 'dirigente', 'preside', 'don', 'suor', 'mons', 'cav', 'comm', 'chef', 'mister',
  ],
  negators: ['non', 'nessun', 'nessuna', 'nessuno', 'mai', 'niente', 'nulla', 'senza', 'ne'],
  secondPerson: ['tu', 'ti', 'te', 'tuo', 'tua', 'tuoi', 'tue', 'vi', 'vostro', 'vostra', 'vostri', 'vostre'],
  firstPerson: ['io', 'mi', 'me', 'mio', 'mia', 'miei', 'mie', 'noi'],
  secondSuffix: /(?:arti|erti|irti|artelo|ertelo|irtelo)$/,
  firstSuffix: /(?:armi|ermi|irmi|armelo|ermelo|irmelo)$/,
  detect: {
    endings: /(?:zione|zioni|mente|issimo|issima|ando|endo|etto|etta|ggi|gli|cch|zz)$/,
    vowelFinal: true,
    accented: /[àèéìòùÀÈÉ]/,
  },
  words: {
    topicMarkers: wordList({ id: 'it.topic-markers', note: 'Prepositions before a topic', words: ['sul', 'sulla', 'sullo', 'sui', 'sugli', 'sulle', "sull'", 'su'] }),
    theirs: wordList({ id: 'it.theirs', note: 'Possessives of the recipient', words: ['tua', 'tuo', 'tue', 'tuoi', 'sua', 'suo', 'vostra', 'vostro'] }),
    apposition: wordList({ id: 'it.apposition', note: 'Prepositions opening an apposition', words: ['del', 'della', 'dello', 'dei', 'degli', 'delle', 'di', 'dal', 'dalla', 'da'] }),
    notNegatingNext: wordList({ id: 'it.not-negating', note: 'Not negated after a negator', words: ['esitare', 'esiti', 'esitate', 'solo', 'vedo', 'vedere'] }),
    groupWords: wordList({ id: 'it.group-words', note: 'A greeting to a group', words: ['tutti', 'ragazzi', 'ragazze', 'gruppo'] }),
    yourPossessives: wordList({
      id: 'it.your-possessives', note: 'Possessives of tu, voi and the formal Lei',
      words: ['tuo', 'tua', 'tuoi', 'tue', 'vostro', 'vostra', 'vostri', 'vostre', 'suo', 'sua', 'suoi', 'sue'],
    }),
    yourSubjects: wordList({ id: 'it.your-subjects', note: 'Tu and te as the one who did something', words: ['tu', 'te'] }),
    yourVerbs: wordList({
      id: 'it.your-verbs', note: 'Second-person verb forms that say what the recipient does or did',
      words: [
        'lavori', 'lavoravi', 'guidi', 'gestisci', 'dirigi', 'coordini', 'insegni', 'curi', 'organizzi', 'conduci',
        'hai', 'avevi', 'fondato', 'segui', 'produci', 'vendi', 'costruisci', 'racconti', 'scrivi', 'progetti', 'sviluppi',
      ],
    }),
    subjectContext: wordList({ id: 'it.subject-context', note: 'Words after which "tu"/"te" says who did it', words: ['con', 'di', 'che', 'stata', 'stato', 'proprio'] }),
    genericNouns: wordList({
      id: 'it.generic-nouns', note: 'Nouns of a compliment anyone could get, or of sales talk',
      words: [
        'profilo', 'percorso', 'esperienza', 'esperienze', 'carriera', 'lavoro', 'competenze', 'competenza', 'rete', 'contenuti',
        'attivita', 'pagina', 'tempo', 'aiuto', 'attenzione', 'disponibilita', 'azienda', 'societa', 'team', 'messaggio', 'richiesta',
        'parere', 'opinione', 'consiglio', 'consigli', 'esigenze', 'settore', 'ruolo', 'posizione', 'obiettivi', 'conoscenze', 'successi',
        'passione', 'professionalita', 'crescita', 'giornata', 'settimana', 'post', 'articoli', 'idee', 'visione', 'approccio', 'stile',
        'storia', 'valori', 'impegno', 'clienti', 'processi', 'processo', 'costi', 'fatturato', 'vendite', 'marketing', 'strategia',
        'sfide', 'risultati', 'dati', 'sito', 'brand', 'marchio', 'ufficio', 'reparto', 'personale', 'dipendenti', 'collaboratori',
        'progetti', 'vita', 'risposta', 'contatto', 'contatti', 'invito', 'numero', 'email', 'mail', 'cv', 'curriculum', 'parte',
        'business', 'realta', 'impresa', 'nome', 'organizzazione', 'ente', 'gruppo', 'struttura', 'bolletta', 'spesa', 'budget',
        'studio', 'portfolio', 'bisogni', 'problemi', 'necessita', 'feedback', 'punto', 'vista',
      ],
    }),
    evaluatives: wordList({
      id: 'it.evaluatives', note: 'Praise that names nothing',
      words: [
        'bel', 'bello', 'bella', 'grande', 'ottimo', 'ottima', 'interessante', 'notevole', 'straordinario', 'straordinaria',
        'impressionante', 'ricco', 'ricca', 'solido', 'solida', 'ampio', 'ampia', 'vasto', 'vasta', 'brillante', 'professionale',
        'splendido', 'splendida', 'fantastico', 'fantastica', 'stimolante', 'prezioso', 'preziosa', 'ultimo', 'ultima', 'recente',
        'nuovo', 'nuova', 'intero', 'intera', 'importante', 'eccellente', 'incredibile', 'super', 'gran',
      ],
    }),
    numberWords: wordList({
      id: 'it.number-words', note: 'Numbers as words',
      words: ['due', 'tre', 'quattro', 'cinque', 'sei', 'sette', 'otto', 'nove', 'dieci', 'dodici', 'venti', 'cento', 'mille'],
    }),
    formalVerbs: wordList({
      id: 'it.formal-verbs', note: 'Lei as the subject: ha, è and the verbs of a role (as written, so the conjunction e is not one)',
      words: [
        'ha', 'è', 'coordina', 'guida', 'dirige', 'gestisce', 'segue', 'insegna', 'cura', 'lavora', 'organizza', 'conduce', 'progetta',
        'sviluppa', 'presiede', 'rappresenta', 'collabora', 'ricopre', 'scrive', 'produce', 'fondò', 'dirigeva', 'guidava', 'seguiva',
      ],
    }),
    formalContext: wordList({
      id: 'it.formal-context', note: 'Words after which ha/è has the reader as subject', words: ['che', 'dove', 'quando', 'ieri', 'lei', 'come', 'anche'],
    }),
    firstPlural: wordList({ id: 'it.first-plural', note: '"Noi", e i verbi che lo portano in sé (siamo, gli imperfetti in -vamo)', words: ['noi', 'siamo', ...WE_WERE] }),
    pastTogether: wordList({
      id: 'it.past-together', note: 'Imperfetti della prima plurale (eravamo, sedevamo …) e i participi plurali dopo "siamo" (stati, seduti)',
      words: [...WE_WERE, 'stati', 'state', 'seduti', 'sedute'],
    }),
    togetherMarkers: wordList({
      id: 'it.together-markers', note: 'I due insieme: "eravamo entrambi all\'inaugurazione", "ci siamo seduti accanto"',
      words: ['entrambi', 'entrambe', 'insieme', 'accanto', 'vicini', 'vicine', 'fianco a fianco', 'tutti e due', 'tutte e due', 'stesso', 'stessa', 'stessi', 'stesse'],
    }),
    nicknames: wordList({
      id: 'it.nicknames', note: 'Diminutivi e soprannomi che non sono un prefisso del nome (soprannome:nome)',
      words: [
        'beppe:giuseppe', 'peppe:giuseppe', 'peppino:giuseppe', 'pino:giuseppe', 'giusi:giuseppina', 'pina:giuseppina', 'gigi:luigi',
        'gino:luigi', 'checco:francesco', 'cecco:francesco', 'cesco:francesco', 'kekko:francesco', 'ciccio:francesco', 'franco:francesco', 'max:massimo', 'mimmo:domenico',
        'toto:salvatore', 'turi:salvatore', 'tore:salvatore', 'betta:elisabetta', 'lisa:elisabetta', 'lele:emanuele', 'manu:emanuele',
        'lello:raffaele', 'lella:raffaella', 'gio:giovanni', 'gianni:giovanni', 'vanni:giovanni', 'sandro:alessandro', 'sandra:alessandra',
        'enzo:vincenzo', 'cenzo:vincenzo', 'tonio:antonio', 'tonino:antonio', 'toni:antonio', 'nino:antonino', 'teo:matteo',
        'lollo:lorenzo', 'renzo:lorenzo', 'pippo:filippo', 'memo:guglielmo', 'ricky:riccardo', 'richi:riccardo', 'titti:tiziana',
        'bobo:roberto', 'robi:roberta', 'fabri:fabrizio', 'pier:pierluigi', 'gianlu:gianluca', 
        'nene:nicoletta', 'lalla:laura', 'dodo:edoardo', 'edo:edoardo', 'sasà:salvatore', 'sasa:salvatore', 'nanni:giovanni', 'michi:michela', 'michi:michele', 'giuly:giulia', 'robi:roberto',
      ],
    }),
    gratitude: wordList({ id: 'it.gratitude', note: 'Parole di ringraziamento', words: ['grazie', 'ringrazio', 'ringraziarti', 'ringraziarla', 'ringraziarvi', 'grato', 'grata'] }),
    pastTimes: wordList({
      id: 'it.past-times', note: 'Il passato recente, una o più parole',
      words: ['ieri', 'stamattina', 'stamani', 'questa mattina', "l'altra sera", "l'altro giorno", "l'altra settimana", 'la settimana scorsa', 'lo scorso',
        'la scorsa', 'ieri sera', "ieri l'altro", 'lunedi', 'martedi', 'mercoledi', 'giovedi', 'venerdi', 'sabato', 'domenica'],
    }),
    doingEndings: wordList({ id: 'it.doing-endings', note: 'Un infinito dopo "ti ho visto": "arbitrare", "suonare", "correre"', words: ['are', 'ere', 'ire'] }),
    verbJoins: wordList({ id: 'it.verb-joins', note: 'Parole che aprono un altro gruppo verbale: "nella tua rete e farti conoscere …"', words: ['e', 'ed', 'poi'] }),
    likeWords: wordList({ id: 'it.like-words', note: '"Come" prima di un possessivo che sta per "la tua"', words: ['come'] }),
    articles: wordList({ id: 'it.articles', note: 'Gli articoli determinativi', words: ['il', 'la', 'lo', "l'", 'i', 'gli', 'le'] }),
    indefiniteArticles: wordList({ id: 'it.indefinite-articles', note: 'Gli articoli indeterminativi', words: ['un', 'una', 'uno', "un'"] }),
    workSought: wordList({ id: 'it.work-sought', note: 'Prima di un nome di lavoro, lavoro cercato: "cerco lavoro"', words: ['cerco'] }),
    workNouns: wordList({
      id: 'it.work-nouns', note: 'Un lavoro per cui qualcuno è lodato',
      words: ['rilancio', 'rebranding', 'lancio', 'campagna', 'progetto', 'restyling', 'collezione', 'linea', 'menu', 'packaging', 'mostra', 'installazione',
        'ristrutturazione', 'restauro', 'allestimento', 'fotovoltaico', 'impianto', 'iniziativa', 'rassegna', 'festival', 'apertura'],
    }),
    praiseWords: wordList({
      id: 'it.praise-words', note: 'Lode o ammirazione per qualcosa',
      words: ['complimenti', 'adoro', 'ammiro', 'geniale', 'elegante', 'bellissimo', 'bellissima', 'splendido', 'splendida', 'stupendo', 'stupenda', 'fan',
        'bravissimi', 'bravissima', 'bravissimo', 'brava', 'bravo', 'bravi'],
    }),
    forYou: wordList({ id: 'it.for-you', note: 'Una cosa pensata per chi legge', words: ['per te', 'per lei', 'per voi'] }),
    pastMarkers: wordList({
      id: 'it.past-markers', note: 'Un incontro raccontato al passato',
      words: ['ieri', 'scorso', 'scorsa', 'fa', 'incontrato', 'incontrata', 'incontrati', 'incontrate', 'conosciuto', 'conosciuta', 'conosciuti',
        'conosciute'],
    }),
    acceptWords: wordList({ id: 'it.accept-words', note: 'Accettare un invito su LinkedIn', words: ['accettato', 'accettata', 'accettare', 'collegamento', 'richiesta', 'invito', 'collegarti'] }),
    sawInPerson: wordList({
      id: 'it.saw-in-person', note: 'Aver visto o sentito qualcuno da qualche parte',
      words: ['visto', 'vista', 'incrociato', 'incrociata', 'beccato', 'beccata', 'sentito', 'sentita', 'notato', 'notata', 'ascoltato', 'ascoltata'],
    }),
    youAsObject: wordList({ id: 'it.you-as-object', note: 'Chi legge come oggetto, prima del verbo: "ti ho visto", "t\'ho visto", "l\'ho vista"', words: ['ti', "t'ho", "l'ho", "t'avevo"] }),
    placePreps: wordList({
      id: 'it.place-preps', note: 'Preposizioni che aprono un luogo',
      words: ['a', 'al', 'alla', "all'", 'allo', 'ai', 'agli', 'alle', 'in', 'nel', 'nella', "nell'", 'sul', 'sulla', 'dal', 'dalla', 'da'],
    }),
    consumeVerbs: wordList({
      id: 'it.consume-verbs', note: 'Seguire, guardare, leggere o ascoltare il lavoro di chi legge',
      words: ['seguo', 'seguito', 'seguivo', 'guardo', 'guardato', 'ascolto', 'ascoltato', 'leggo', 'divorato'],
    }),
    notContent: wordList({
      id: 'it.not-content', note: 'Cose sue che non sono suoi contenuti, o contenuti detti troppo in generale',
      words: ['contenuti', 'contenuto', 'post', 'articoli', 'aggiornamenti', 'pubblicazioni', 'profilo', 'percorso', 'esperienza', 'carriera',
      'rete', 'contatti', 'pagina', 'attivita', 'competenze', 'cv', 'curriculum', 'lavoro', 'azienda'],
    }),
    perceptionVerbs: wordList({
      id: 'it.perception-verbs', note: 'Aver visto, letto o saputo una notizia', words: ['visto', 'letto', 'vedo', 'saputo', 'notato', 'so', 'sappiamo', 'sentito', 'leggo'],
    }),
    newsVerbs: wordList({
      id: 'it.news-verbs', note: 'Ciò che apre una notizia su un\'azienda',
      words: ['sta', 'stanno', 'ha', 'hanno', 'appena', 'apre', 'lancia', 'inaugura', 'amplia', 'assume', 'cresce'],
    }),
    whoTheyKnow: wordList({
      id: 'it.who-they-know', note: 'Whom they know, not what they do',
      words: ['conosci', 'conoscevi', 'collegato', 'collegata', 'collegati', 'amico', 'amica', 'contatto', 'contatti'],
    }),
    detailPreps: wordList({
      id: 'it.detail-preps', note: 'Prepositions tying a noun of theirs to a topic or a place',
      words: [
        'sul', 'sulla', 'sullo', 'sui', 'sugli', 'sulle', "sull'", 'su', 'del', 'della', 'dello', 'dei', 'degli', 'delle', 'di',
        'al', 'alla', 'allo', 'ai', 'agli', 'alle', 'a', 'in', 'nel', 'nella', 'per', 'con', 'da', 'dal', 'dalla',
      ],
    }),
    minimizers: wordList({ id: 'it.minimizers', note: 'Words that shrink what follows to "only this"', words: ['solo', 'soltanto', 'solamente', 'semplicemente'] }),
    platforms: wordList({ id: 'it.platforms', note: 'Platforms, not people', words: ['algoritmo'] }),
    courtesyPronouns: wordList({
      id: 'it.courtesy-pronouns', note: 'Pronomi di cortesia scritti con la maiuscola: si rivolgono a chi legge, non nominano nulla',
      words: ['lei', 'la', 'le', 'sua', 'suo', 'suoi', 'sue', 'ella', 'voi', 'vostro', 'vostra', 'vostri', 'vostre', 'loro'],
    }),
    durationUnits: wordList({
      id: 'it.duration-units', note: 'Unità di tempo dopo un numero: quanto dura una richiesta ("10 minuti"), non un dettaglio suo',
      words: ['minuti', 'minuto', 'min', 'ore', 'ora', 'secondi'],
    }),
    meToo: wordList({ id: 'it.me-too', note: 'Anche chi scrive, nello stesso passato', words: ["anch'io", 'anche io', 'pure io', 'negli stessi anni', 'nello stesso periodo', 'anche me'] }),
    pastAt: wordList({
      id: 'it.past-at', note: 'Aver lavorato, studiato o essere stati in un posto',
      words: ['lavorato', 'studiato', 'stato', 'stata', 'lavoravo', 'studiavo', 'ero', 'frequentato', 'frequentavo', 'passato', 'passata', 'fatto', 'diplomato', 'diplomata', 'laureato', 'laureata'],
    }),
    toldVerbs: wordList({
      id: 'it.told-verbs', note: 'Ciò che chi legge ha detto, mostrato o dato a chi scrive (participi e imperfetti: "mi hai spiegato", "mi raccontavi")',
      words: ['detto', 'raccontato', 'spiegato', 'parlato', 'mostrato', 'consigliato', 'sistemato', 'aiutato', 'dato', 'prestato', 'promesso', 'accennato',
        'suggerito', 'insegnato', 'indicato', 'operato', 'operata', 'curato', 'curata', 'visitata', 'assistito', 'assistita',
        'raccontavi', 'dicevi', 'parlavi', 'spiegavi', 'mostravi', 'raccontava', 'diceva', 'parlava', 'spiegava'],
    }),
    toMe: wordList({ id: 'it.to-me', note: 'Chi scrive come oggetto, prima del verbo ("mi hai detto", "m\'hai spiegato")', words: ['mi', "m'hai", "m'ha", "m'avevi", 'ci'] }),
    onlinePlaces: wordList({ id: 'it.online-places', note: 'Luoghi online', words: ['sito', 'blog', 'canale', 'account', 'shop', 'ecommerce', 'e-commerce', 'profilo', 'pagina'] }),
    ourPossessives: wordList({ id: 'it.our-possessives', note: 'Possessivi di chi scrive', words: ['nostro', 'nostra', 'mio', 'mia'] }),
    chatForms: wordList({
      id: 'it.chat-forms', note: 'Forme da chat e la parola che sostituiscono (forma:parola); "x" vale "per" solo minuscola tra due parole',
      words: ['x:per', 'xke:perché', 'xké:perché', 'xché:perché', 'nn:non', 'cmq:comunque'],
    }),
    contrastWords: wordList({ id: 'it.contrast-words', note: 'Ma e simili', words: ['ma', 'pero', 'però', 'tuttavia', 'eppure', 'comunque'] }),
    treats: wordList({
      id: 'it.treats', note: 'Offrire il caffè o il pranzo che si chiede',
      words: ['offro io', 'pago io', 'offro il caffe', 'offro il caffè', 'ti offro il caffe', 'ti offro il caffè', 'ti offro un caffe', 'ti offro un caffè', 'caffe pagato', 'caffè pagato'],
    }),
    requestedThings: wordList({
      id: 'it.requested-things', note: 'Cose che si chiedono dopo "sarebbe possibile", "ci sarebbe modo di" (nome:tipo)',
      words: ['colloquio:time', 'incontro:time', 'appuntamento:time', 'call:time', 'videochiamata:time', 'chiamata:time', 'telefonata:time',
        'caffè:time', 'caffe:time', 'demo:time', 'tirocinio:job', 'stage:job', 'internship:job', 'praticantato:job',
        'apprendistato:job', 'impiego:job', 'lavoro:job', 'segnalazione:intro', 'presentazione:intro', 'referenza:intro',
        'referenze:intro', 'raccomandazione:intro', 'feedback:favour', 'parere:favour', 'consiglio:favour', 'revisione:favour',
        'donazione:favour', 'sponsorizzazione:favour', 'contributo:favour', 'voto:favour', 'sopralluogo:sales', 'preventivo:sales', 'supplenze:job', 'supplenza:job'],
    }),
    somedayHedges: wordList({
      id: 'it.someday-hedges', note: 'Un incontro rimandato a un giorno qualsiasi',
      words: ['magari un giorno', 'se un giorno', 'se mai un giorno', 'un giorno di questi', 'prima o poi', 'una volta o l\'altra', 'qualche volta', 'quando capita', 'la prossima volta che',
        'quando torni', 'quando passi', 'se passi', 'se mai passi', 'se capiti', 'quando ripassi', 'se ripassi', 'quando capiti', 'spero di rivederti', 'spero di rivederci',
        'dobbiamo assolutamente', 'dobbiamo sentirci', 'dobbiamo vederci',
        'una di queste sere', 'uno di questi giorni', 'una di queste volte', 'una di queste mattine'],
    }),
    courtesyHedges: wordList({
      id: 'it.courtesy-hedges', note: 'Un "se ti va" da solo prima della proposta: cortesia, non richiesta ("se ti va di …" lo è)',
      words: ['se ti va', 'se le va', 'se vi va'],
    }),
    vagueAmounts: wordList({
      id: 'it.vague-amounts', note: 'Una quantità senza numero prima di un\'unità di tempo ("qualche minuto")',
      words: ['qualche', 'pochi', 'pochissimi', 'quindici', 'trenta'],
    }),
    senderPurpose: wordList({
      id: 'it.sender-purpose', note: 'Un incontro voluto per uno scopo di chi scrive: resta una richiesta anche rimandato',
      words: ['per chiederti', 'per chiederle', 'per chiedervi', 'per farti', 'per farle', 'per farvi', 'per presentarti', 'per presentarle',
        'per presentarvi', 'per mostrarti', 'per mostrarle', 'per mostrarvi', 'cosi posso', 'cosi potrei'],
    }),
    noAgenda: wordList({
      id: 'it.no-agenda', note: 'Un incontro proposto che dice di non volere nulla',
      words: ['nessuna agenda', 'zero agenda', 'senza agenda', 'senza secondi fini', 'nessun secondo fine', 'niente da vendere', 'nulla da vendere', 'senza impegno di nessun tipo'],
    }),
    visitVerbs: wordList({
      id: 'it.visit-verbs', note: 'Essere passati o venuti in un posto',
      words: ['passato', 'passata', 'venuto', 'venuta', 'stato', 'stata', 'visitato', 'entrato', 'entrata', 'fermato', 'fermata'],
    }),
    notVisit: wordList({ id: 'it.not-visit', note: 'Parole che fanno di un verbo di visita un passaggio davanti', words: ['davanti', 'accanto'] }),
    servedVerbs: wordList({
      id: 'it.served-verbs', note: 'Un lavoro fatto per qualcuno, al passato ("le abbiamo installato la caldaia", "sono l\'idraulico che è venuto")',
      words: ['installato', 'installata', 'montato', 'montata', 'riparato', 'riparata', 'rifatto', 'rifatta', 'consegnato', 'consegnata', 'progettato',
        'progettata', 'costruito', 'ristrutturato', 'ristrutturata', 'tagliato', 'dipinto', 'imbiancato', 'pulito', 'sostituito', 'revisionato', 'tinteggiato',
        'sistemato', 'sistemata', 'operato', 'operata', 'curato', 'curata', 'visitato', 'visitata', 'assistito', 'assistita', 'venuto', 'venuta', 'passato',
        'passata', 'fotografato', 'allenato', 'allenata', 'ospitato', 'ospitata', 'accompagnato', 'accompagnata'],
    }),
    senderDid: wordList({ id: 'it.sender-did', note: 'Ausiliari della prima persona prima del participio ("ho riparato", "abbiamo installato")', words: ['ho', 'abbiamo', 'avevo', 'avevamo'] }),
    toYou: wordList({ id: 'it.to-you', note: 'Chi legge come complemento prima dell\'ausiliare ("le abbiamo installato", "ti ho tagliato")', words: ['le', 'ti', 'vi'] }),
    selfIntro: wordList({ id: 'it.self-intro', note: 'Chi scrive dice chi è ("sono l\'idraulico che …")', words: ['sono', 'siamo'] }),
    relatives: wordList({ id: 'it.relatives', note: 'Pronomi relativi che aprono la descrizione di qualcuno', words: ['che', 'cui'] }),
    contentNouns: wordList({
      id: 'it.content-nouns', note: 'Un contenuto letto, ascoltato o guardato',
      words: ['post', 'articolo', 'intervista', 'puntata', 'podcast', 'intervento', 'libro', 'capitolo', 'video', 'newsletter', 'pezzo', 'saggio',
        'webinar', 'relazione', 'lezione', 'editoriale', 'rubrica', 'thread', 'episodio', 'talk', 'keynote', 'reportage', 'documentario', 'caso'],
    }),
  },
  pastForm: /^(?:fatto|tenuto|\w+(?:ato|uto|ito))$/,
  phrases: {
    personalized,
    'how-met': howMet,
    'no-early-ask': noEarlyAsk,
    'gives-first': givesFirst,
    'no-pitch': noPitch,
    'follow-up': followUp,
    honest,
    register,
  },
};
