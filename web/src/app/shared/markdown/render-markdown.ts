import DOMPurify from 'dompurify';
import { Marked } from 'marked';

const markdown = new Marked({ gfm: true, breaks: false, async: false });

DOMPurify.addHook('afterSanitizeAttributes', (node) => {
  // Links in untrusted content open in a new tab without a handle on this one.
  if (node.tagName === 'A' && node.hasAttribute('href')) {
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer');
  }
  // Images only from absolute http(s) URLs: no requests to this origin's paths.
  if (node.tagName === 'IMG' && !/^https?:\/\//i.test(node.getAttribute('src') ?? '')) {
    node.remove();
  }
});

/**
 * Markdown from the API or the model to HTML that is safe to bind with [innerHTML]: parsed by
 * marked, then sanitized by DOMPurify (scripts, event handlers and javascript: URLs removed).
 * Angular's own sanitizer runs again on binding.
 */
export function renderMarkdown(source: string | null | undefined): string {
  if (!source) return '';
  const html = markdown.parse(source) as string;
  return DOMPurify.sanitize(html, {
    USE_PROFILES: { html: true },
    FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select'],
  });
}
