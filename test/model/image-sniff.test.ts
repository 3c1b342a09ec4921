import {expect} from '@open-wc/testing';
import {imageKindOf} from '../../src/model/image-sniff.js';

const bytes = (...values: number[]) => Uint8Array.from(values);
const text = (value: string) => new TextEncoder().encode(value);

describe('imageKindOf', () => {
  const cases: Array<[string, Uint8Array, string | undefined]> = [
    ['PNG', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0), 'png'],
    ['JPEG', bytes(0xff, 0xd8, 0xff, 0xe0), 'jpeg'],
    ['GIF', text('GIF89a'), 'gif'],
    ['WebP', bytes(0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4, 0x57, 0x45, 0x42, 0x50), 'webp'],
    ['BMP', text('BM....'), 'bmp'],
    ['SVG', text('  <svg xmlns="http://www.w3.org/2000/svg"></svg>'), 'svg'],
    ['SVG with an XML declaration', text('<?xml version="1.0"?>\n<svg></svg>'), 'svg'],
    ['a text file renamed logo.png', text('Ceci est un fichier texte.'), undefined],
    ['a WAV file (RIFF but not WebP)', bytes(0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4, 0x57, 0x41, 0x56, 0x45), undefined],
    ['an empty file', bytes(), undefined],
  ];
  for (const [what, head, kind] of cases) {
    it(`${what} → ${kind ?? 'not an image'}`, () => expect(imageKindOf(head)).to.equal(kind));
  }
});
