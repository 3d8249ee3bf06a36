// The editor shows an entry's context words as one line, "tumor, cancer, cells".
export const contextToText = (words: readonly string[] | undefined) => (words ?? []).join(', ');

export const textToContext = (text: string) => text.split(',').map((w) => w.trim()).filter((w) => w !== '');
