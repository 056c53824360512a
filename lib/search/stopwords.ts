/**
 * English function words that say nothing about a symptom. Dropped from
 * indexed text and queries alike, so "certificate has expired or is not yet
 * valid" and "certificate expired" share every token that counts. Words that
 * name a state in operations (up, down, off, all, get, no-space…) are kept.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a an the and or but nor not no yet so if then than else
  is are was were be been being am has have had having do does did doing
  to of in on at by for with from as into onto upon about via per
  it its it's this that these those there here
  i me my we us our you your he him his she her they them their
  what which who whom whose when where why how
  can could will would shall should may might must
  also just only very too such same own other
  each any some most more much many few both either neither
  while after before during since until again further once
  whether because although though
  didn doesn isn aren wasn weren hasn haven hadn won wouldn couldn shouldn don`
    .split(/\s+/)
    .filter(Boolean),
);
