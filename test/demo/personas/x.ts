import type { XUser } from '../../support/x-webhooks';
import type { Backlog } from '../channels/channel';
import type { DemoPhoto } from '../demo-media';

// The citizens on X: direct messages to the gemeente's account and public mentions of it. The ids are made up;
// Daan Visser and Lotte Dijkstra also write on WhatsApp.

/** The municipality's account, the subscribed user of the Account Activity webhook. */
export const DEMO_X_ACCOUNT: XUser = {
  id: '1230000000000000050',
  name: 'Gemeente Groningen',
  screen_name: 'gemeentegroningen',
  verified: true,
  followers_count: 61_482,
  friends_count: 587,
};

export interface XLine {
  text: string;
  photo?: DemoPhoto;
}

export interface XPersona {
  user: XUser;
  /** dm: direct messages; mention: a public tweet naming the account, further lines as a thread under it. */
  mode: 'dm' | 'mention';
  lines: XLine[];
  backlog?: Backlog;
}

const user = (id: string, name: string, screenName: string): XUser => ({
  id,
  name,
  screen_name: screenName,
  followers_count: 120 + (Number(id.slice(-3)) % 900),
  friends_count: 80 + (Number(id.slice(-2)) % 400),
});

export const X_PERSONAS: XPersona[] = [
  {
    user: user('1450000000000000311', 'Daan Visser', 'daanvisser'),
    mode: 'mention',
    lines: [
      {
        text: 'al anderhalve week geen straatverlichting op de Korreweg ter hoogte van nr. 112. Vanochtend ook via WhatsApp gemeld. Wordt dit nog opgepakt?',
      },
    ],
  },
  {
    user: user('1450000000000000422', 'Gerrit de Haan', 'gerrit050'),
    mode: 'mention',
    lines: [
      { text: 'waarom staat de Oosterhavenbrug al twintig minuten open midden in de spits?? 😡' },
      { text: 'Inmiddels een half uur. De hele Sontweg staat vast.' },
    ],
  },
  {
    user: user('1450000000000000533', 'Nina Oosting', 'ninaoosting'),
    mode: 'mention',
    backlog: 'two-days-ago-evening',
    lines: [
      {
        text: 'is de milieustraat aan de Duinkerkenstraat zaterdag open? Op de website staat iets anders dan in de afvalapp.',
      },
    ],
  },
  {
    user: user('1450000000000000644', 'Mark Smit', 'marksmit_gr'),
    mode: 'mention',
    lines: [
      {
        text: 'gevaarlijk: bij de rotonde op de Paterswoldseweg is na de storm een boom op het fietspad gevallen.',
        photo: 'fallen-tree',
      },
    ],
  },
  {
    user: user('1450000000000000755', 'Lotte Dijkstra', 'lottedijkstra'),
    mode: 'dm',
    lines: [
      {
        text: 'Hoi! Ik had jullie via WhatsApp al gevraagd naar een internationaal uittreksel BRP. Kan ik dat ook ophalen bij de balie in het Stadhuis?',
      },
      { text: 'Ik vertrek over twee weken naar Duitsland, dus het is een beetje haastig 😅' },
    ],
  },
  {
    user: user('1450000000000000866', 'Koen Wiersma', 'koenwiersma'),
    mode: 'dm',
    lines: [
      {
        text: 'Goedemiddag, in de Star Numanstraat staan al twee dagen tientallen deelscooters op de stoep. Mag dat zomaar?',
      },
      { text: 'Mijn buurman zit in een rolstoel en kan er niet langs.', photo: 'dumped-waste' },
    ],
  },
  {
    user: user('1450000000000000977', 'Esther Dam', 'estherdam_'),
    mode: 'dm',
    backlog: 'this-morning',
    lines: [
      {
        text: 'Hallo, ik heb gisteren een lekkende brandkraan gemeld bij de Peizerweg maar geen bevestiging gekregen. Weten jullie of het is opgepakt?',
      },
    ],
  },
];

/** What a citizen tweets under the gemeente's reply. */
export const TWEET_THANKS = [
  'Top, dank voor de snelle reactie!',
  'Helder, bedankt 👍',
  'Fijn, dan hoop ik dat het snel opgelost is.',
];
