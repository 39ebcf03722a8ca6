import { parseCsatReply } from './csat';

describe('parseCsatReply', () => {
  it.each([
    ['8', 8],
    [' 10 ', 10],
    ['1', 1],
    ['7,5', 7.5],
    ['7.5', 7.5],
    ['een 8', 8],
    ['Een 9!', 9],
    ['8/10', 8],
    ['9 van de 10', 9],
    ['ik geef een 7', 7],
    ['Ik geef jullie een 10', 10],
    ['cijfer: 6', 6],
    ['8 👍', 8],
  ])('reads %j as %p', (text, mark) => {
    expect(parseCsatReply(text)).toBe(mark);
  });

  it.each(['0', '11', '10,5', '8 uur', 'om 8 uur?', 'Bedankt!', 'nog een vraag over mijn paspoort', '', '7-8', '1234'])(
    'does not read %j as a mark',
    (text) => {
      expect(parseCsatReply(text)).toBeNull();
    },
  );
});
