import { describe, expect, it } from 'vitest';
import { stepRuns } from './step-runs';

describe('stepRuns', () => {
  it('keeps bold and code, drops other markup', () => {
    expect(stepRuns('Click **Start a post**, then *write* `=SUM(A1:A3)`')).toEqual([
      { text: 'Click ' },
      { text: 'Start a post', strong: true },
      { text: ', then write ' },
      { text: '=SUM(A1:A3)', code: true },
    ]);
  });

  it('keeps words in angle brackets as typed, and HTML as text', () => {
    expect(stepRuns('press <Ctrl> and <Enter> together')).toEqual([{ text: 'press <Ctrl> and <Enter> together' }]);
    expect(stepRuns('<script>alert(1)</script> <img src=x onerror=alert(2)>')).toEqual([{ text: '<script>alert(1)</script> <img src=x onerror=alert(2)>' }]);
  });

  it('keeps a link’s text, not its address', () => {
    expect(stepRuns('Open [the help](https://example.com/help) page')).toEqual([{ text: 'Open the help page' }]);
  });

  it('joins blocks with a space and trims the ends', () => {
    expect(stepRuns('  First line\n\n- one\n- **two**  ')).toEqual([{ text: 'First line one ' }, { text: 'two', strong: true }]);
  });

  it('is empty for an empty step', () => {
    expect(stepRuns('')).toEqual([]);
  });
});
