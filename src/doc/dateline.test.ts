import { describe, expect, it } from 'vitest';
import { datelineLength } from './dateline.js';

const rest = (sentence: string): string => sentence.slice(datelineLength(sentence));

describe('datelineLength', () => {
  it.each([
    ['ANKARA, 14 March 2023 - Turkey and Greece agreed to talk.'],
    ['BEIRUT (Reuters) - Syria said jets struck the airport.'],
    ['KYIV, Ukraine, Sept. 5 — Drones hit the port.'],
    ['NEW YORK, March 16 (Wire) -- Talks resumed.'],
    ['LONDON, Sept. 21, 2022 - Talks resumed.'],
    ['WASHINGTON (AP) — Talks resumed.'],
    ['GAZA CITY, Nov 2 (Reuters) - Talks resumed.'],
    ['PORTLAND, Maine, June 12, 2025 /PRNewswire/ -- Talks resumed.'],
    ['SAN FRANCISCO — Talks resumed.'],
    ['Oct. 9 - Talks resumed.'],
    ['9 October 2026 - Talks resumed.'],
  ])('finds the dateline of "%s"', (sentence) => {
    expect(rest(sentence)).toMatch(/^\p{Lu}\p{Ll}/u);
  });

  it.each([
    ['Turkey and Greece agreed to talk - officials said.'],
    ['NATO - the alliance - met on Monday.'],
    ['US - China trade talks resumed in Geneva on Monday, officials said.'],
    ['The UN said on Monday that talks would resume.'],
    ['May - June sales rose.'],
  ])('finds no dateline in "%s"', (sentence) => {
    expect(datelineLength(sentence)).toBe(0);
  });
});
