import { renderMarkdown } from './render-markdown';

describe('renderMarkdown: what an answer may show', () => {
  // An answer must not draw controls that look like the app's own (a fake login form, a button).
  it.each([
    ['style', '<style>body { display: none }</style>\n\nText', '<style'],
    ['form', '<form action="/api/questions"><p>Sign in</p></form>', '<form'],
    ['input', '<p>Password: <input type="password"></p>', '<input'],
    ['button', '<p><button>Delete everything</button></p>', '<button'],
    ['textarea', '<p><textarea>notes</textarea></p>', '<textarea'],
    ['select', '<p><select><option>a</option></select></p>', '<select'],
  ])('drops %s elements', (_tag, source, forbidden) => {
    expect(renderMarkdown(source)).not.toContain(forbidden);
  });

  it('renders GitHub tables, and keeps a single line break inside a paragraph', () => {
    const html = renderMarkdown(
      '| Store | Reads |\n| --- | --- |\n| Redis | fast |\n\nline one\nline two',
    );
    expect(html).toContain('<table>');
    expect(html).toContain('<th>Store</th>');
    expect(html).toContain('<td>Redis</td>');
    expect(html).toContain('<p>line one\nline two</p>');
    expect(html).not.toContain('<br>');
  });

  it.each([
    ['HTTPS://EXAMPLE.COM/a.png', true],
    ['http://example.com/a.png', true],
    ['//evil.example/a.png', false],
    ['data:image/png;base64,AAAA', false],
    ['a.png?https://example.com', false],
  ])('shows the image at %s: %s', (src, shown) => {
    const html = renderMarkdown(`![diagram](${src})`);
    expect(html.includes('<img')).toBe(shown);
  });

  it('leaves an anchor without a link as it is', () => {
    const html = renderMarkdown('<a name="top">Top</a>');
    expect(html).toContain('<a name="top">Top</a>');
  });
});
