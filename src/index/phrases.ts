/**
 * Phrasal verbs and fixed phrases, in their base form: any inflection matches ("signed up",
 * "looking for"), since they are compared by stem. Phrasal verbs and fixed phrases read as the single word they mean, on both sides (the article's
 * "he turned to ISIS" and a reader's "why did he sign up?" both become "join"). General English, not
 * this article's: extend it when readers' phrasing misses words the article uses.
 */
export const PHRASES: Readonly<Record<string, string>> = {
  'sign up': 'join', 'turn to': 'join', 'run away': 'flee', 'get away': 'flee', 'break away': 'defect',
  'give up': 'quit', 'drop out': 'quit', 'walk away': 'quit', 'get out': 'leave', 'pull out': 'withdraw',
  'kill off': 'kill', 'look for': 'seek', 'find out': 'discover', 'take part': 'participate',
  'carry out': 'conduct', 'set up': 'establish', 'bring about': 'cause', 'get rid': 'eliminate', 'turn against': 'defect',
}
