/**
 * How the list hands a file or a page to the browser: a download, a print from a hidden frame.
 * Nothing here knows about clients.
 */

/** Asks the browser to download `blob` as `fileName`. */
export function downloadFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Prints the HTML page `html` from a hidden frame (the host page stays as it is). */
export function printPage(html: string): void {
  const frame = document.createElement('iframe');
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  frame.style.cssText = 'position:fixed;right:0;bottom:0;width:0;height:0;border:0;visibility:hidden';
  frame.addEventListener('load', () => {
    const view = frame.contentWindow;
    if (!view) return frame.remove();
    view.focus();
    view.print();
    setTimeout(() => frame.remove(), 1000);
  });
  frame.srcdoc = html;
  document.body.append(frame);
}
