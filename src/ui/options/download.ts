/** Saves text as a file through the browser's download, with no network and no permission. */
export function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  // The click starts the download synchronously; the object URL can go on the next turn.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
