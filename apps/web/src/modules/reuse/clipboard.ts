/** Copies text; the Clipboard API needs a secure context, so plain-HTTP installs fall back to a hidden textarea. */
export async function copyText(text: string): Promise<void> {
  if (navigator.clipboard && window.isSecureContext) {
    await navigator.clipboard.writeText(text);
    return;
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  try {
    // The legacy command is the only way to copy outside a secure context.
    if (!document.execCommand('copy')) {
      throw new Error('The browser did not allow copying.');
    }
  } finally {
    area.remove();
  }
}

/**
 * Copies rich text: HTML for editors that take it, plain text for the rest. Where the browser has no ClipboardItem
 * (or no Clipboard API in this context) only the plain text goes.
 */
export async function copyRich({ html, plain }: { html: string; plain: string }): Promise<void> {
  if (navigator.clipboard && window.isSecureContext && typeof ClipboardItem !== 'undefined') {
    await navigator.clipboard.write([
      new ClipboardItem({
        'text/html': new Blob([html], { type: 'text/html' }),
        'text/plain': new Blob([plain], { type: 'text/plain' }),
      }),
    ]);
    return;
  }
  await copyText(plain);
}
