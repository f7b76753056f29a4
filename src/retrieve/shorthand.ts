import type { CorpusIndex } from '../index/corpus-index'
import { isContentWord, stem } from '../index/tokenize'

/**
 * Texting shorthand, as readers type on a phone ("who joined isis w sami", "how long sami n his bro
 * been in turkey"), written out in full so the rest of the pipeline reads ordinary
 * English. General English only; a word is replaced only when it stands alone in lower case, so
 * "W. Bush", "U-boat" and "N2" are left as written.
 */
const SHORTHAND = new Map<string, string>([
  ['w', 'with'], ['w/', 'with'], ['w/o', 'without'], ['n', 'and'], ['u', 'you'], ['ur', 'your'], ['r', 'are'],
  ['bro', 'brother'], ['bros', 'brothers'], ['sis', 'sister'], ['ppl', 'people'], ['abt', 'about'], ['bout', 'about'],
  ['b4', 'before'], ['bc', 'because'], ['b/c', 'because'], ['cuz', 'because'], ['coz', 'because'], ['bcuz', 'because'],
  ['thru', 'through'], ['tho', 'though'], ['govt', 'government'], ['yr', 'year'], ['yrs', 'years'],
  ['dont', "don't"], ['doesnt', "doesn't"], ['didnt', "didn't"], ['isnt', "isn't"], ['wasnt', "wasn't"], ['werent', "weren't"], ['arent', "aren't"],
  ['cant', "can't"], ['wont', "won't"], ['havent', "haven't"], ['hasnt', "hasn't"], ['wouldnt', "wouldn't"], ['couldnt', "couldn't"],
  ['gonna', 'going to'], ['wanna', 'want to'], ['esp', 'especially'], ['approx', 'approximately'], ['smth', 'something'], ['pls', 'please'], ['plz', 'please'],
])
/** A lower-case word (with a "/" inside, for "w/", "b/c") standing alone: no letter, digit, apostrophe, dot or hyphen beside it. */
const WORD = /(?<![\p{L}\p{N}'’.\-/])(?:w\/(?=\p{L})|[a-z][a-z0-9]*(?:\/[a-z]*)?(?![\p{L}\p{N}'’\-/]|\.\p{L}))/gu

/**
 * A word the article itself uses (`used`: "the title bout", the city of Ur, the variable n) is left as
 * written, and so is a letter after a number, a unit ("100 w", "5 n"). Question words typed short
 * ("wat", "wen", "y") are left to the spelling reader: written out, they made the fitted models
 * answer fewer readers' questions right (measured on the casual questions of every reader set,
 * 107 → 103 of 169; the words kept here hold it at 107).
 *
 * @example expandShorthand('who joined isis w sami') // => 'who joined isis with sami'
 */
export function expandShorthand(question: string, used: (word: string) => boolean = () => false): string {
  return question.replace(WORD, (word, at: number) => {
    // A single letter before a dot is an initial ("n. pag."); after a number, a unit.
    if (word.length === 1 && (question[at + 1] === '.' || /\d\s*$/.test(question.slice(0, at)))) return word
    const full = SHORTHAND.get(word)
    return full === undefined || used(word.replace(/\/$/, '')) ? word : word === 'w/' ? 'with ' : full
  })
}

/**
 * Shorthand written out, but not the words the article uses itself (as a word or a name); a question
 * typed all in capitals in lower case; and an initialism the article never writes, for the name it
 * spells out ("the BLS" → "the Bureau of Labor Statistics", see `acronymTable`). Only in capitals:
 * "who" is no World Health Organization.
 */
export function readShorthand(index: CorpusIndex, question: string): string {
  const known = (word: string) => index.knows(stem(word)) || index.properNouns.has(word)
  // A question typed all in capitals ("WHAT IS THE SALARY OF AN FSA FIGHTER?") is read as one typed in
  // lower case, whose names the article's proper nouns tell (a capital says nothing there).
  const typed = /\p{Lu}{2}/u.test(question) && !/\p{Ll}/u.test(question) ? question.toLowerCase() : question
  const expanded = expandShorthand(typed, known)
  return expanded.replace(/(?<![\p{L}&'’.-])[A-Z]{2,}(?![\p{L}&-]|['’](?!s\b))/gu, (acronym) => {
    const word = acronym.toLowerCase()
    return known(word) || !isContentWord(word) ? acronym : index.acronyms.get(acronym) ?? acronym
  })
}
