import { describe, expect, it } from 'vitest';
import { escapeHtml, escapeMultiline } from './escape-html.js';

describe('escapeHtml', () => {
  it('escapes markup and quote characters', () => {
    expect(escapeHtml('<script>alert("x")</script>')).toBe(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;',
    );
    expect(escapeHtml(`a&b 'c' \`d\``)).toBe('a&amp;b &#39;c&#39; &#96;d&#96;');
  });

  it('escapes an ampersand once, so entities typed by a user print as typed', () => {
    expect(escapeHtml('&lt;')).toBe('&amp;lt;');
  });

  it('keeps Chinese text and turns null, undefined and numbers into text', () => {
    expect(escapeHtml('反映“征地补偿”问题')).toBe('反映“征地补偿”问题');
    expect(escapeHtml(null)).toBe('');
    expect(escapeHtml(undefined)).toBe('');
    expect(escapeHtml(12)).toBe('12');
  });
});

describe('escapeMultiline', () => {
  it('keeps line breaks of every convention as <br> after escaping', () => {
    expect(escapeMultiline('一<b>\r\n二\n三\r四')).toBe('一&lt;b&gt;<br>二<br>三<br>四');
  });
});
