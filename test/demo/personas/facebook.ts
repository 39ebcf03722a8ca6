import type { Backlog } from '../channels/channel';
import type { DemoPhoto } from '../demo-media';

// The citizens on the gemeente's Facebook Page: Messenger chats, and comments under three of the Page's posts.
// Page-scoped ids are made up; Henk Postma and Sanne de Vries also write on WhatsApp, Marloes Kuiper also mails.

export type FacebookLine =
  | { kind: 'text'; text: string }
  | { kind: 'photo'; photo: DemoPhoto; fileName: string }
  | { kind: 'location'; latitude: number; longitude: number; title: string };

export interface MessengerPersona {
  /** Who it is; Messenger's webhook carries no name, so the inbox shows the page-scoped id until someone renames. */
  name: string;
  psid: string;
  lines: FacebookLine[];
  backlog?: Backlog;
}

export type PostKey = 'vismarkt' | 'storm' | 'oud-papier';

export interface FacebookPost {
  /** The post number; the post id is `<page id>_<number>`. */
  number: string;
  message: string;
}

export const POSTS: Record<PostKey, FacebookPost> = {
  vismarkt: {
    number: '122131676912594941',
    message:
      'Vanaf maandag is de Vismarkt afgesloten voor alle verkeer. Tot eind maart vervangen we de riolering en leggen we nieuwe bestrating. De warenmarkt gaat gewoon door; fietsers worden omgeleid via het A-Kerkhof. 🚧',
  },
  storm: {
    number: '122131677034418822',
    message:
      'Door de storm van afgelopen nacht liggen op veel plekken takken en bomen op straat. Onze ploegen zijn de hele dag aan het werk. Ziet u een gevaarlijke situatie? Laat het ons weten.',
  },
  'oud-papier': {
    number: '122131677188120367',
    message:
      'Goed nieuws voor Selwerd en Paddepoel: vanaf volgende maand halen we het oud papier om de week op in plaats van één keer per maand. ♻️',
  },
};

export interface CommentPersona {
  /** The name Facebook shows with the comment (and sends in the webhook). */
  name: string;
  /** Their id as the feed webhook names the author. */
  id: string;
  post: PostKey;
  /** The first is a comment on the post; the next ones are replies under it (photos too). */
  lines: FacebookLine[];
  backlog?: Backlog;
}

const text = (value: string): FacebookLine => ({ kind: 'text', text: value });

export const MESSENGER_PERSONAS: MessengerPersona[] = [
  {
    name: 'Lisa Kramer',
    psid: '7012345678901301',
    lines: [
      text('Hoi! Onze dochter is vorige week geboren 👶 Hoe lang hebben we om haar aan te geven bij de gemeente?'),
      text('Mijn vriend en ik zijn niet getrouwd. Moet hij de erkenning eerst regelen?'),
    ],
  },
  {
    name: 'Joke Ellens',
    psid: '7012345678901302',
    backlog: 'last-friday-afternoon',
    lines: [
      text(
        'De ondergrondse container bij de Oosterstraat zit sinds vanochtend vol en er staan nu overal zakken naast. Wie ruimt dat op?',
      ),
      { kind: 'photo', photo: 'dumped-waste', fileName: 'container-oosterstraat.png' },
    ],
  },
  {
    name: 'Ricardo Santos',
    psid: '7012345678901303',
    lines: [
      text(
        'Goedemiddag, ik heb een naheffingsaanslag parkeren gekregen in de Zuiderdiep, maar de parkeerautomaat was kapot. Hoe maak ik bezwaar?',
      ),
      text('Ik heb een foto van de automaat met de foutmelding, kan ik die ergens sturen?'),
    ],
  },
  {
    name: 'Bas Jonker',
    psid: '7012345678901304',
    lines: [
      text('Hallo, bij ons op de hoek staat een lantaarnpaal scheef na de storm. Hij hangt over de weg.'),
      { kind: 'location', latitude: 53.20831, longitude: 6.55287, title: 'Verlengde Hereweg 160' },
    ],
  },
  {
    name: 'Wendy Mulder',
    psid: '7012345678901305',
    lines: [
      text(
        'Onze zoon gaat volgend jaar naar het voortgezet speciaal onderwijs in Haren. Komt hij in aanmerking voor leerlingenvervoer?',
      ),
      text('Moeten we dat nu al aanvragen of pas in de zomer?'),
    ],
  },
];

export const COMMENT_PERSONAS: CommentPersona[] = [
  {
    name: 'Henk Postma',
    id: '7012345678901401',
    post: 'vismarkt',
    lines: [
      text(
        'En hoe kom ik dan met mijn scootmobiel bij de apotheek op de Vismarkt? Daar moet ik elke week mijn medicijnen halen.',
      ),
    ],
  },
  {
    name: 'Marloes Kuiper',
    id: '7012345678901402',
    post: 'vismarkt',
    lines: [
      text(
        'Weer afgesloten?? Als ondernemer aan de Vismarkt hoor ik dit via Facebook. Waarom is er geen brief gestuurd?',
      ),
      text('Komt er ook een tegemoetkoming voor de winkels? We merken het nu al in de omzet.'),
    ],
  },
  {
    name: 'Jeroen Bos',
    id: '7012345678901403',
    post: 'vismarkt',
    lines: [text('Mogen de marktkramen op zaterdag nog wel op hun oude plek staan?')],
  },
  {
    name: 'Tessa Veenstra',
    id: '7012345678901404',
    post: 'storm',
    backlog: 'this-morning',
    lines: [
      text('Op het fietspad langs de Hoornsevaart ligt een hele boom, er is nog niemand geweest.'),
      { kind: 'photo', photo: 'fallen-tree', fileName: 'boom-hoornsevaart.png' },
    ],
  },
  {
    name: 'Sanne de Vries',
    id: '7012345678901405',
    post: 'storm',
    lines: [
      text(
        'Bij ons in de Oosterparkwijk hangt een grote afgebroken tak boven de speeltuin aan de Vinkenstraat. Kan er iemand komen kijken voordat hij naar beneden valt?',
      ),
    ],
  },
  {
    name: 'Rik Hoekstra',
    id: '7012345678901406',
    post: 'oud-papier',
    lines: [
      text(
        'Dus de blauwe container wordt vaker geleegd? Wij hebben alleen een ondergrondse papierbak, geldt het daar ook voor?',
      ),
      text('En wordt het nog steeds door de vereniging van de school opgehaald?'),
    ],
  },
];

/** What a commenter writes under the Page's answer. */
export const COMMENT_THANKS = [
  'Bedankt voor de snelle reactie! 👍',
  'Oké, duidelijk. Dank jullie wel.',
  'Top, dan wacht ik het even af.',
  'Fijn dat er naar gekeken wordt!',
];
