import { renderMarkdown } from './render-markdown';

describe('renderMarkdown', () => {
  it('renders markdown', () => {
    const html = renderMarkdown('## Plan\n\n1. **Clarify**\n\n```js\nconst x = 1;\n```');
    expect(html).toContain('<h2>Plan</h2>');
    expect(html).toContain('<strong>Clarify</strong>');
    expect(html).toContain('<code class="language-js">');
  });

  it('removes scripts, event handlers and javascript: URLs', () => {
    const html = renderMarkdown(
      '<script>window.hacked = 1</script>\n\n<img src=x onerror="window.hacked = 1">\n\n' +
        '[click](javascript:alert(1)) <a href="https://example.com" onclick="x()">ok</a>',
    );
    expect(html).not.toContain('<script');
    expect(html).not.toContain('onerror');
    expect(html).not.toContain('onclick');
    expect(html).not.toContain('javascript:');
    expect(html).not.toContain('<img');
  });

  it('opens links in a new tab without an opener', () => {
    const html = renderMarkdown('[docs](https://example.com/docs)');
    expect(html).toContain('href="https://example.com/docs"');
    expect(html).toContain('rel="noopener noreferrer"');
    expect(html).toContain('target="_blank"');
  });

  it('keeps images from absolute http(s) URLs only', () => {
    expect(renderMarkdown('![d](https://example.com/d.png)')).toContain('<img');
    expect(renderMarkdown('![d](/api/health)')).not.toContain('<img');
  });

  it('renders nothing for empty input', () => {
    expect(renderMarkdown(null)).toBe('');
    expect(renderMarkdown('')).toBe('');
  });
});
