// Who sent a message. A content script runs inside a page the user visits, which may be hostile
// (or a compromised renderer), so it is never given the user's notes, own definitions or writes:
// those go only to the extension's own pages (options, popup and the card frame).
export interface Sender {
  id?: string;
  url?: string;
}

/** True for a page of this extension (its URL uses the extension's own scheme, dynamic ids included). */
export function isExtensionPage(sender: Sender, extensionId: string, extensionBaseUrl: string): boolean {
  if (sender.id !== extensionId || !sender.url) return false;
  try {
    return new URL(sender.url).protocol === new URL(extensionBaseUrl).protocol;
  } catch {
    return false;
  }
}
