const FUNCTION_WORDS =
  'a about above after again against all am an and any are as at be been before being below between both ' +
  'but by can could did do does doing down during each few for from further had has have having he her ' +
  'here hers him his how i if in into is it its itself just me more most my no nor not now of off on once ' +
  'only or other our out over own same she should so some such than that the their them then there these ' +
  'they this those through to too under until up very was we were what when where which while who whom ' +
  'why will with would you your yes';

const MARKET_PHRASING =
  'win wins winner happen reach hit end ends ending price market markets next least less another announce ' +
  'announced says say new first last today tomorrow week month year day et pm vs ' +
  'january february march april may june july august september october november december ' +
  'jan feb mar apr jun jul aug sep sept oct nov dec';

/**
 * Words that say nothing about what a market is about: English function words plus the phrasing
 * every Polymarket question shares ("Will … win … by …?") and calendar words.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(`${FUNCTION_WORDS} ${MARKET_PHRASING}`.split(' '));
