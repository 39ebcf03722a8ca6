import type { Backlog } from '../channels/channel';
import type { DemoPhoto } from '../demo-media';

// The citizens who write on WhatsApp: Stadjers asking the gemeente Groningen the questions a KCC gets every week.
// The numbers are made up; nothing ever leaves the machine.

export type CitizenLine =
  | { kind: 'text'; text: string }
  | { kind: 'photo'; photo: DemoPhoto; caption?: string }
  | { kind: 'location'; latitude: number; longitude: number; name?: string; address?: string }
  | { kind: 'document'; fileName: string; caption?: string; pages: string[] }
  | { kind: 'unsupported'; originalType: string };

export interface Persona {
  /** The WhatsApp profile name, as the citizen set it. */
  name: string;
  /** wa_id: 31 6 …, no plus. */
  waId: string;
  topic: string;
  lines: CitizenLine[];
  backlog?: Backlog;
}

const text = (value: string): CitizenLine => ({ kind: 'text', text: value });

export const PERSONAS: Persona[] = [
  {
    name: 'Sanne de Vries',
    waId: '31612480733',
    topic: 'grofvuil',
    lines: [
      text('Goedemorgen! Wanneer wordt in de Oosterparkwijk het grofvuil opgehaald? Ik heb een oude bank staan.'),
      text('Moet ik daar een afspraak voor maken of mag ik hem gewoon aan de straat zetten?'),
      text('En wat kost dat ongeveer?'),
    ],
  },
  {
    name: 'Mo El Amrani',
    waId: '31624917350',
    topic: 'paspoort',
    lines: [
      text(
        'Hallo, mijn paspoort verloopt over 3 weken en we gaan in de meivakantie naar Marokko. Kan ik nog snel een afspraak maken?',
      ),
      text('Online zie ik pas plek over 5 weken 😟'),
      text('Moet ik zelf een pasfoto meenemen of kan die bij jullie gemaakt worden?'),
    ],
  },
  {
    name: 'Joyce Bakker',
    waId: '31638201944',
    topic: 'id-kaart kind',
    lines: [
      text(
        'Mijn dochter van 9 heeft een ID-kaart nodig voor schoolreis naar Duitsland. Moet zij zelf mee naar de balie?',
      ),
      text('En moeten we allebei als ouders toestemming geven?'),
    ],
  },
  {
    name: 'Kees Hoekstra',
    waId: '31651176028',
    topic: 'geluidsoverlast',
    backlog: 'last-friday-afternoon',
    lines: [
      text(
        'Al drie weken elke nacht harde muziek bij de bovenburen tot 3 uur. Ik heb al met ze gepraat maar het helpt niet. Waar kan ik dit melden?',
      ),
      text('De politie zegt dat ik bij de gemeente moet zijn.'),
    ],
  },
  {
    name: 'Fatma Yılmaz',
    waId: '31645530219',
    topic: 'WOZ-bezwaar',
    lines: [
      text(
        'Ik heb de aanslag gemeentelijke belastingen ontvangen maar de WOZ-waarde van ons huis is € 40.000 hoger dan vorig jaar. Hoe maak ik bezwaar?',
      ),
      {
        kind: 'document',
        fileName: 'bezwaar WOZ 2025.pdf',
        caption: 'Ik heb alvast een bezwaarschrift gemaakt',
        pages: [
          'Bezwaarschrift WOZ-beschikking 2025',
          '',
          'Aan: gemeente Groningen, afdeling Belastingen',
          'Aanslagnummer: 2025.123.456.7',
          '',
          'Geachte heer, mevrouw,',
          '',
          'Hierbij maak ik bezwaar tegen de vastgestelde WOZ-waarde van',
          'mijn woning. Vergelijkbare woningen in de straat zijn voor',
          'aanzienlijk minder verkocht.',
          '',
          'Met vriendelijke groet,',
          'F. Yilmaz',
        ],
      },
      text('Tot wanneer kan ik eigenlijk bezwaar maken?'),
    ],
  },
  {
    name: 'Daan Visser',
    waId: '31687042615',
    topic: 'lantaarnpaal',
    backlog: 'this-morning',
    lines: [
      text('De lantaarnpaal bij ons voor de deur doet het al een week niet. Het is echt pikkedonker op de stoep.'),
      { kind: 'photo', photo: 'streetlight', caption: 'Deze paal, tegenover nummer 112' },
      {
        kind: 'location',
        latitude: 53.22958,
        longitude: 6.57911,
        name: 'Korreweg',
        address: 'Korreweg 112, 9715 AH Groningen',
      },
    ],
  },
  {
    name: 'Priya Ramdin',
    waId: '31619874402',
    topic: 'parkeervergunning',
    lines: [
      text('Ik ben net verhuisd naar de Schildersbuurt. Hoe vraag ik een parkeervergunning aan?'),
      text('Er staat op de site iets over een wachtlijst, klopt dat?'),
      text('Ik heb een auto van de zaak, maakt dat nog uit?'),
    ],
  },
  {
    name: 'Wouter Jansen',
    waId: '31633308157',
    topic: 'verhuizing',
    lines: [
      text('Wij verhuizen per 1 juni binnen Groningen, van Helpman naar Paddepoel. Hoe geven we dat door?'),
      text('Mijn vriendin heeft geen DigiD, kan het ook op een andere manier?'),
    ],
  },
  {
    name: 'Noor',
    waId: '31628865590',
    topic: 'bijstand',
    backlog: 'two-days-ago-evening',
    lines: [
      text(
        'Hoi, ik ben mijn baan kwijtgeraakt en weet niet hoe ik de huur volgende maand moet betalen. Kan ik bijstand aanvragen?',
      ),
      text('Ik ben 27 en woon alleen, geen spaargeld eigenlijk.'),
      text('Hoe lang duurt het voordat ik iets hoor?'),
    ],
  },
  {
    name: 'Henk Postma',
    waId: '31657712083',
    topic: 'rijbewijs',
    lines: [
      text('Goedendag, mijn rijbewijs verloopt volgende maand. Kan ik die bij u verlengen en hoe lang duurt dat?'),
      text('Ik ben 76, heb ik dan een keuring nodig?'),
    ],
  },
  {
    name: 'Eline Smit',
    waId: '31642290716',
    topic: 'omgevingsvergunning',
    lines: [
      text('Heb ik een omgevingsvergunning nodig voor een dakkapel aan de achterkant van ons huis?'),
      text('Het huis staat in de Oranjebuurt, dat is beschermd stadsgezicht toch? Maakt dat uit?'),
    ],
  },
  {
    name: 'Youssef B.',
    waId: '31614408839',
    topic: 'afvaldumping',
    lines: [
      text('Er is wéér afval gedumpt naast de ondergrondse container bij ons in Vinkhuizen 🤬'),
      { kind: 'photo', photo: 'dumped-waste' },
      { kind: 'location', latitude: 53.22387, longitude: 6.53312, name: 'Ondergrondse container Siersteenlaan' },
      text('Dit is al de derde keer deze maand. Kan er niet een camera komen?'),
    ],
  },
  {
    name: 'Marieke de Boer',
    waId: '31626631472',
    topic: 'kwijtschelding',
    lines: [
      text('Ik heb een bijstandsuitkering. Kan ik kwijtschelding krijgen voor de afvalstoffenheffing?'),
      text('Moet ik dat elk jaar opnieuw aanvragen?'),
    ],
  },
  {
    name: 'Thijs Mulder',
    waId: '31649958201',
    topic: 'boom',
    lines: [
      text('Er is vannacht een grote tak uit een boom in het Noorderplantsoen gewaaid, ligt half over het fietspad.'),
      { kind: 'photo', photo: 'fallen-tree', caption: 'Fietsers moeten over het gras' },
    ],
  },
  {
    name: 'Ayşe Kaya',
    waId: '31618824567',
    topic: 'naturalisatie',
    lines: [
      text('Goedemiddag, ik woon 6 jaar in Nederland en wil Nederlander worden. Waar begin ik met de naturalisatie?'),
      text('Is mijn inburgeringsdiploma genoeg of heb ik nog meer nodig?'),
    ],
  },
  {
    name: 'Ruud Meijer',
    waId: '31653347290',
    topic: 'containers',
    lines: [text('Onze groene container is gestolen 🙄 Hoe kom ik aan een nieuwe?'), text('Kost dat iets?')],
  },
  {
    name: 'Lotte Dijkstra',
    waId: '31636679014',
    topic: 'uittreksel BRP',
    lines: [
      text(
        'Ik heb voor mijn nieuwe baan in Duitsland een internationaal uittreksel uit de BRP nodig. Kan dat digitaal?',
      ),
    ],
  },
  {
    name: 'Sevda Demir',
    waId: '31622173948',
    topic: 'Wmo',
    lines: [
      text(
        'Mijn moeder (82) kan het huishouden niet meer zelf. Ze woont in Lewenborg. Kan zij hulp krijgen via de gemeente?',
      ),
      text('Moet zij dat zelf aanvragen of kan ik dat voor haar doen?'),
    ],
  },
  {
    name: 'Gerrit Kuipers',
    waId: '31658830415',
    topic: 'gat in de weg',
    lines: [
      text('Groot gat in het fietspad langs het Damsterdiep, ter hoogte van de brug. Gevaarlijk in het donker!'),
      { kind: 'location', latitude: 53.21862, longitude: 6.58645, name: 'Damsterdiep' },
    ],
  },
  {
    name: 'Annelies Wiersma',
    waId: '31647716352',
    topic: 'trouwen',
    lines: [
      text('Wij willen volgend jaar in september trouwen in het stadhuis. Vanaf wanneer kunnen we reserveren? 💍'),
      text('En kunnen we zelf een trouwambtenaar kiezen?'),
    ],
  },
  {
    name: 'Bram de Jong',
    waId: '31613305829',
    topic: 'buurtfeest',
    lines: [
      text('We willen in juli een buurtfeest in onze straat in De Wijert. Hebben we een evenementenvergunning nodig?'),
      text('We willen de straat een middag afsluiten, met een springkussen.'),
    ],
  },
  {
    name: 'Chantal Brouwer',
    waId: '31634452170',
    topic: 'toeslag',
    lines: [
      text('Waarom is mijn huurtoeslag ineens gestopt??'),
      text('Oh, is dat niet de gemeente? Bij wie moet ik dan zijn?'),
    ],
  },
  {
    name: 'Emre Aydın',
    waId: '31652264983',
    topic: 'gehandicaptenparkeerkaart',
    lines: [
      text('Mijn vader heeft sinds zijn beroerte moeite met lopen. Hoe vraagt hij een gehandicaptenparkeerkaart aan?'),
      text('Kan er ook een eigen parkeerplaats voor de deur komen?'),
    ],
  },
  {
    name: 'Femke Bos',
    waId: '31629908736',
    topic: 'speeltuin',
    lines: [
      text(
        'De schommel in de speeltuin aan de Eikenlaan is kapot, er steekt een scherpe bout uit. Kinderen spelen er nog!',
      ),
      { kind: 'location', latitude: 53.2329, longitude: 6.5899, name: 'Speeltuin Eikenlaan' },
    ],
  },
  {
    name: 'Jan-Willem Veenstra',
    waId: '31641183627',
    topic: 'bouwoverlast',
    backlog: 'last-friday-afternoon',
    lines: [
      text(
        'Bij de bouw aan de overkant begint de heimachine al om 6:30. Mag dat zomaar? Ik heb dit vorige week ook al gemeld.',
      ),
    ],
  },
  {
    name: 'Ilse 🌻',
    waId: '31615570294',
    topic: 'hondenbelasting',
    lines: [
      text('Onze hond is helaas overleden. Moet ik dat doorgeven voor de hondenbelasting?'),
      text('Krijg ik dan geld terug over de rest van het jaar?'),
    ],
  },
  {
    name: 'Mehmet Öztürk',
    waId: '31656643018',
    topic: 'ondernemer',
    lines: [
      text('Ik wil een foodtruck beginnen. Waar mag ik in de stad staan en welke vergunning heb ik nodig?'),
      { kind: 'unsupported', originalType: 'poll_creation' },
      text('Sorry, dat was een peiling voor mijn vrienden 😅 Mijn vraag was: heb ik ook een horecavergunning nodig?'),
    ],
  },
  {
    name: 'Pieter van der Meer',
    waId: '31637790541',
    topic: 'gladheid',
    lines: [text('Wordt er vandaag nog gestrooid in Beijum? De stoepen zijn spekglad, mijn buurvrouw is al gevallen.')],
  },
  {
    name: 'Linda Hovinga',
    waId: '31648841706',
    topic: 'afvalpas',
    lines: [
      text('Ik ben mijn afvalpas kwijt. Hoe krijg ik een nieuwe voor de ondergrondse container?'),
      text('Kan ik ondertussen mijn afval ergens anders kwijt?'),
    ],
  },
  {
    name: 'Ahmed',
    waId: '31625506983',
    topic: 'afvalkalender',
    lines: [
      text('Waar vind ik de afvalkalender voor Selwerd? De app laat niks zien.'),
      text('Wordt het oud papier nog steeds door de vereniging opgehaald?'),
    ],
  },
];

/** What a citizen says after a template brought their old question back. */
export const AFTER_TEMPLATE = [
  'Ja, ik heb nog steeds een vraag. Kunt u mij helpen?',
  'Excuses voor de late reactie. Het is inmiddels opgelost, bedankt!',
  'Hallo, ja graag. Het probleem is er nog steeds.',
];
