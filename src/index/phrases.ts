/**
 * Phrasal verbs and fixed phrases read as the single word they mean, on both sides (the article's
 * "he turned to ISIS" and a reader's "why did he sign up?" both become "join"). General English, not
 * this article's: extend it when readers' phrasing misses words the article uses.
 */
export const PHRASES: Readonly<Record<string, string>> = {
  'sign up': 'join', 'signs up': 'joins', 'signed up': 'joined', 'signing up': 'joining',
  'turn to': 'join', 'turns to': 'joins', 'turned to': 'joined',
  'run away': 'flee', 'runs away': 'flees', 'ran away': 'fled', 'running away': 'fleeing',
  'get away': 'flee', 'got away': 'fled', 'break away': 'defect', 'broke away': 'defected',
  'give up': 'quit', 'gave up': 'quit', 'drop out': 'quit', 'dropped out': 'quit', 'walk away': 'quit', 'walked away': 'quit',
  'get out': 'leave', 'got out': 'left', 'pull out': 'withdraw', 'pulled out': 'withdrew',
  'kill off': 'kill', 'look for': 'seek', 'looked for': 'sought', 'find out': 'discover', 'found out': 'discovered',
  'pay cut': 'cut', 'pay cuts': 'cuts', 'take part': 'participate', 'took part': 'participated',
  'carry out': 'conduct', 'carried out': 'conducted', 'set up': 'establish', 'bring about': 'cause',
}
