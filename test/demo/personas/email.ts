import type { Backlog } from '../channels/channel';
import type { DemoPhoto } from '../demo-media';

// The citizens who mail vragen@… : plain mail and HTML mail from webmail, with a subject, sometimes an attachment.
// The addresses are made up; Fatma Yılmaz also writes on WhatsApp, Marloes Kuiper also comments on Facebook.

export type MailAttachment =
  | { kind: 'pdf'; fileName: string; pages: string[] }
  | { kind: 'photo'; fileName: string; photo: DemoPhoto; inline?: boolean };

/** One mail; the first of a persona opens the conversation, the next ones continue it (as a reply once answered). */
export interface MailLine {
  text: string;
  /** Sent as HTML as well (webmail does): paragraphs, bold, a signature; inline photos appear where they belong. */
  html?: boolean;
  attachments?: MailAttachment[];
}

export interface EmailPersona {
  name: string;
  address: string;
  subject: string;
  lines: MailLine[];
  backlog?: Backlog;
  /** The citizen is away: their mail server answers our reply with this out-of-office at once. */
  outOfOffice?: string;
}

export const EMAIL_PERSONAS: EmailPersona[] = [
  {
    name: 'Fatma Yılmaz',
    address: 'fatma.yilmaz@example.nl',
    subject: 'Bezwaar WOZ-waarde 2025, aanslagnummer 2025.123.456.7',
    lines: [
      {
        text: 'Geachte heer, mevrouw,\n\nZoals ik via WhatsApp al vroeg: ik wil bezwaar maken tegen de WOZ-waarde van onze woning aan de Ulgersmaweg. In de bijlage vindt u mijn bezwaarschrift.\n\nKunt u bevestigen dat u het in goede orde heeft ontvangen?\n\nMet vriendelijke groet,\nFatma Yılmaz',
        html: true,
        attachments: [
          {
            kind: 'pdf',
            fileName: 'Bezwaarschrift WOZ 2025 - Yilmaz.pdf',
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
        ],
      },
    ],
  },
  {
    name: 'Marloes Kuiper',
    address: 'info@kuiper-delicatessen.example.nl',
    subject: 'Verzoek tegemoetkoming omzetverlies werkzaamheden Vismarkt',
    lines: [
      {
        text: 'Geachte heer, mevrouw,\n\nNaar aanleiding van de afsluiting van de Vismarkt vanaf maandag wil ik namens Kuiper Delicatessen een verzoek indienen voor een tegemoetkoming in het omzetverlies. Vorig jaar liep onze omzet tijdens de werkzaamheden aan de Grote Markt met ruim 30% terug.\n\nIn de bijlage ons overzicht van de omzet per maand.\n\nMet vriendelijke groet,\n\nMarloes Kuiper\nKuiper Delicatessen\nVismarkt 21, Groningen',
        html: true,
        attachments: [
          {
            kind: 'pdf',
            fileName: 'Omzetoverzicht Kuiper Delicatessen.pdf',
            pages: [
              'Kuiper Delicatessen - omzet per maand',
              '',
              'januari    EUR 38.200',
              'februari   EUR 36.900',
              'maart      EUR 25.100  (werkzaamheden Grote Markt)',
              'april      EUR 24.800  (werkzaamheden Grote Markt)',
              'mei        EUR 39.400',
            ],
          },
        ],
      },
    ],
  },
  {
    name: 'Gerard Brink',
    address: 'g.brink@example.nl',
    subject: 'Overlast scooters Selwerd',
    backlog: 'two-days-ago-evening',
    lines: [
      {
        text: 'Goedenavond,\n\nAl weken rijden er elke avond jongens op scooters over het voetpad langs het Selwerderdiep, tot na middernacht. Vanavond werd mijn vrouw bijna aangereden. Wat kan de gemeente hieraan doen? Kan er een handhaver langskomen?\n\nGerard Brink',
      },
      {
        text: 'Aanvulling: het gaat vooral om het stuk tussen de Kastanjelaan en de Eikenlaan. Het begint meestal rond half negen.\n\nGerard Brink',
      },
    ],
  },
  {
    name: 'Wilma Koster',
    address: 'wilma.koster@example.nl',
    subject: 'Aanvraag gehandicaptenparkeerplaats',
    backlog: 'last-friday-afternoon',
    outOfOffice:
      'Dank voor uw bericht. Ik ben met vakantie en lees mijn e-mail vanaf volgende week weer. Met vriendelijke groet, Wilma Koster',
    lines: [
      {
        text: 'Beste mevrouw, meneer,\n\nIk heb sinds vorig jaar een gehandicaptenparkeerkaart. Kan ik een eigen parkeerplaats voor mijn huis aan de Brugstraat aanvragen, en hoe lang duurt dat?\n\nVriendelijke groet,\nWilma Koster',
      },
    ],
  },
  {
    name: 'Peter Huisman',
    address: 'peter.huisman@example.nl',
    subject: 'Losliggende stoeptegels Nieuwe Ebbingestraat',
    lines: [
      {
        text: 'Hallo,\n\nVoor nummer 48 in de Nieuwe Ebbingestraat liggen al maanden losse stoeptegels. Mijn moeder is er gisteren over gestruikeld. Zie de foto hieronder.\n\nGroet,\nPeter Huisman\n06-12345678',
        html: true,
        attachments: [{ kind: 'photo', fileName: 'stoep.png', photo: 'dumped-waste', inline: true }],
      },
    ],
  },
  {
    name: 'Buurtvereniging De Hoogte',
    address: 'secretaris@buurtverenigingdehoogte.example.nl',
    subject: 'Aanvraag subsidie buurtbarbecue 21 juni',
    lines: [
      {
        text: 'Geachte medewerker,\n\nDe buurtvereniging De Hoogte organiseert op zaterdag 21 juni een buurtbarbecue op het grasveld aan de Bedumerweg. Wij willen graag een subsidie uit het wijkbudget aanvragen. Bijgevoegd vindt u de begroting.\n\nKunt u ons laten weten of een evenementenvergunning nodig is?\n\nNamens het bestuur,\nAnja de Wit, secretaris',
        attachments: [
          {
            kind: 'pdf',
            fileName: 'Begroting buurtbarbecue.pdf',
            pages: [
              'Begroting buurtbarbecue De Hoogte',
              '',
              'Vlees en vegetarisch      EUR 640',
              'Drinken                   EUR 220',
              'Huur partytent            EUR 185',
              'Springkussen              EUR 150',
              '',
              'Totaal                    EUR 1.195',
              'Gevraagde subsidie        EUR 750',
            ],
          },
        ],
      },
    ],
  },
  {
    name: 'Anouk van Dijk',
    address: 'anouk.vandijk@example.nl',
    subject: 'Kwijtschelding gemeentelijke belastingen',
    lines: [
      {
        text: 'Hoi,\n\nKan ik kwijtschelding aanvragen voor de afvalstoffenheffing? Ik studeer en werk parttime.\n\nAnouk',
      },
      { text: 'Oh en ik woon samen met twee huisgenoten, maakt dat uit?\n\nAnouk' },
    ],
  },
];

/** What a citizen writes back after an answer, above their signature. */
export const MAIL_THANKS = [
  'Hartelijk dank voor uw snelle antwoord, dat is duidelijk.',
  'Bedankt voor de informatie. Ik ga het zo regelen.',
  'Dank u wel voor de uitleg!',
];
