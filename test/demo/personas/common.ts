// What citizens say after an answer on a chat channel (WhatsApp, Messenger, X): thanks or a quick reaction.

export const THANKS = [
  'Dank u wel! 🙏',
  'Top, bedankt voor de snelle reactie',
  'Oké, duidelijk. Fijne dag!',
  'Dankjewel, dan ga ik dat doen',
  'Super, bedankt!',
  'Ah dat wist ik niet, bedankt',
];

export const REACTIONS = ['👍', '🙏', '❤️', '😊'];
