/** The two kinds of posting: a firm's need and a research team's capability. */
export type PostingKind = 'need' | 'capability';
