// Numbers and dates as the reader's browser writes them: no fixed locale, so a UK reader sees
// 1/12/2026 and a German one 10.005. Formatters are made per call: the locale is read when shown.
export const formatNumber = (n: number) => new Intl.NumberFormat().format(n);

export const formatDate = (time: number) => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(time);

export const formatDateTime = (time: number) => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(time);
