import { describe, expect, it } from 'vitest';
import { shellQuote } from '../../electron/core/cli/shellQuote';

describe('commands the CLI suggests paste back as one argument', () => {
  it('leaves plain codes bare and quotes names for POSIX shells', () => {
    expect(shellQuote('BL-03', 'linux')).toBe('BL-03');
    expect(shellQuote('name:Trường TH Sơn Bình', 'linux')).toBe("'name:Trường TH Sơn Bình'");
    expect(shellQuote("O'Neil; rm -rf ~", 'linux')).toBe("'O'\\''Neil; rm -rf ~'");
    expect(shellQuote('', 'linux')).toBe("''");
  });
  it('uses double quotes with the inner quote doubled on Windows', () => {
    expect(shellQuote('Trường "Hoa Sen"', 'win32')).toBe('"Trường ""Hoa Sen"""');
  });
});
