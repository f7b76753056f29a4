/**
 * Units of measurement: the names a text writes them by, what they measure, and their size in that
 * dimension's base unit, so "63 days" and "48 hours" compare and "2.5 Gbit/s" divides by "622
 * Mbit/s". Used by the build to read units and by the answering stage to convert between them.
 */

/** What a unit measures; figures of one dimension convert into each other. */
export type Dimension = 'length' | 'mass' | 'time' | 'area' | 'volume' | 'speed' | 'datarate' | 'data' | 'temperature' | 'energy' | 'power' | 'force' | 'fuel'

/** A unit: its canonical name, dimension and size in the dimension's base unit. */
export interface Unit {
  name: string
  dimension: Dimension
  /** Size in the base unit (metre, kilogram, second, m², litre, m/s, bit/s, bit, joule, watt, newton). */
  factor: number
  /** The names a text writes it by, lower case (symbols keep their case in `symbols`). */
  names: string[]
  /** Case-sensitive symbols ("K", "N", "Mbit/s"). */
  symbols?: string[]
}

const U = (name: string, dimension: Dimension, factor: number, names: string[], symbols?: string[]): Unit => ({ name, dimension, factor, names, symbols })

/** The unit table. Temperatures convert only within one scale (their zero points differ). */
export const UNITS: readonly Unit[] = [
  U('millimetres', 'length', 1e-3, ['millimetre', 'millimetres', 'millimeter', 'millimeters'], ['mm']),
  U('centimetres', 'length', 1e-2, ['centimetre', 'centimetres', 'centimeter', 'centimeters'], ['cm']),
  U('metres', 'length', 1, ['metre', 'metres', 'meter', 'meters'], ['m']),
  U('kilometres', 'length', 1e3, ['kilometre', 'kilometres', 'kilometer', 'kilometers'], ['km']),
  U('inches', 'length', 0.0254, ['inch', 'inches']),
  U('feet', 'length', 0.3048, ['foot', 'feet'], ['ft']),
  U('yards', 'length', 0.9144, ['yard', 'yards'], ['yd']),
  U('miles', 'length', 1609.344, ['mile', 'miles'], ['mi']),
  U('nautical miles', 'length', 1852, ['nautical mile', 'nautical miles']),
  U('light-years', 'length', 9.4607e15, ['light-year', 'light-years', 'light year', 'light years']),
  U('milligrams', 'mass', 1e-6, ['milligram', 'milligrams'], ['mg']),
  U('grams', 'mass', 1e-3, ['gram', 'grams'], ['g']),
  U('kilograms', 'mass', 1, ['kilogram', 'kilograms', 'kilo', 'kilos'], ['kg']),
  U('tonnes', 'mass', 1e3, ['tonne', 'tonnes', 'metric ton', 'metric tons'], ['t']),
  U('tons', 'mass', 907.18474, ['ton', 'tons', 'short ton', 'short tons']),
  U('pounds', 'mass', 0.45359237, ['pound', 'pounds'], ['lb', 'lbs']),
  U('ounces', 'mass', 0.028349523, ['ounce', 'ounces'], ['oz']),
  // The mass of molecules: "a typical protein drug of 6000 Da".
  U('daltons', 'mass', 1.66053907e-27, ['dalton', 'daltons'], ['Da']),
  U('kilodaltons', 'mass', 1.66053907e-24, ['kilodalton', 'kilodaltons'], ['kDa']),
  U('seconds', 'time', 1, ['second', 'seconds', 'sec', 'secs']),
  U('minutes', 'time', 60, ['minute', 'minutes', 'min', 'mins']),
  U('hours', 'time', 3600, ['hour', 'hours', 'hr', 'hrs']),
  U('days', 'time', 86400, ['day', 'days']),
  U('weeks', 'time', 604800, ['week', 'weeks']),
  U('months', 'time', 2629800, ['month', 'months']),
  U('years', 'time', 31557600, ['year', 'years']),
  U('decades', 'time', 315576000, ['decade', 'decades']),
  U('centuries', 'time', 3155760000, ['century', 'centuries']),
  U('square metres', 'area', 1, ['square metre', 'square metres', 'square meter', 'square meters'], ['m2', 'm²']),
  U('hectares', 'area', 1e4, ['hectare', 'hectares'], ['ha']),
  U('acres', 'area', 4046.8564, ['acre', 'acres']),
  U('square kilometres', 'area', 1e6, ['square kilometre', 'square kilometres', 'square kilometer', 'square kilometers'], ['km2', 'km²', 'sq km']),
  U('square miles', 'area', 2589988.1, ['square mile', 'square miles'], ['sq mi']),
  U('square feet', 'area', 0.09290304, ['square foot', 'square feet'], ['sq ft']),
  U('millilitres', 'volume', 1e-3, ['millilitre', 'millilitres', 'milliliter', 'milliliters'], ['ml', 'mL']),
  U('litres', 'volume', 1, ['litre', 'litres', 'liter', 'liters'], ['l', 'L']),
  U('gallons', 'volume', 3.785411784, ['gallon', 'gallons'], ['gal']),
  U('barrels', 'volume', 158.987295, ['barrel', 'barrels'], ['bbl']),
  U('cubic metres', 'volume', 1e3, ['cubic metre', 'cubic metres', 'cubic meter', 'cubic meters'], ['m3', 'm³']),
  U('metres per second', 'speed', 1, ['metres per second', 'meters per second'], ['m/s']),
  U('kilometres per hour', 'speed', 1 / 3.6, ['kilometres per hour', 'kilometers per hour'], ['km/h', 'kph', 'km/hr']),
  U('miles per hour', 'speed', 0.44704, ['miles per hour'], ['mph']),
  U('knots', 'speed', 0.514444, ['knot', 'knots'], ['kn']),
  U('bit/s', 'datarate', 1, ['bits per second'], ['bit/s', 'bps']),
  U('kbit/s', 'datarate', 1e3, ['kilobits per second'], ['kbit/s', 'kb/s', 'kbps', 'Kbit/s']),
  U('Mbit/s', 'datarate', 1e6, ['megabits per second'], ['Mbit/s', 'Mb/s', 'Mbps']),
  U('Gbit/s', 'datarate', 1e9, ['gigabits per second'], ['Gbit/s', 'Gb/s', 'Gbps']),
  U('Tbit/s', 'datarate', 1e12, ['terabits per second'], ['Tbit/s', 'Tb/s', 'Tbps']),
  U('bits', 'data', 1, ['bit', 'bits']),
  U('bytes', 'data', 8, ['byte', 'bytes'], ['B']),
  U('kilobytes', 'data', 8e3, ['kilobyte', 'kilobytes'], ['KB', 'kB']),
  U('megabytes', 'data', 8e6, ['megabyte', 'megabytes'], ['MB']),
  U('gigabytes', 'data', 8e9, ['gigabyte', 'gigabytes'], ['GB']),
  U('°C', 'temperature', 1, ['degrees celsius', 'degrees centigrade', 'celsius'], ['°C', '° C']),
  U('°F', 'temperature', 1, ['degrees fahrenheit', 'fahrenheit'], ['°F', '° F']),
  U('kelvins', 'temperature', 1, ['kelvin', 'kelvins'], ['K']),
  U('joules', 'energy', 1, ['joule', 'joules'], ['J']),
  U('kilowatt-hours', 'energy', 3.6e6, ['kilowatt-hour', 'kilowatt-hours', 'kilowatt hours'], ['kWh']),
  U('watts', 'power', 1, ['watt', 'watts'], ['W']),
  U('kilowatts', 'power', 1e3, ['kilowatt', 'kilowatts'], ['kW']),
  U('megawatts', 'power', 1e6, ['megawatt', 'megawatts'], ['MW']),
  U('newtons', 'force', 1, ['newton', 'newtons'], ['N']),
  U('miles per gallon', 'fuel', 1, ['miles per gallon'], ['mpg']),
]

const BY_NAME = new Map<string, Unit>()
const BY_SYMBOL = new Map<string, Unit>()
for (const unit of UNITS) {
  for (const name of unit.names) BY_NAME.set(name, unit)
  BY_NAME.set(unit.name.toLowerCase(), unit)
  for (const symbol of unit.symbols ?? []) BY_SYMBOL.set(symbol, unit)
}
const LONGEST = Math.max(...[...BY_NAME.keys(), ...BY_SYMBOL.keys()].map((k) => k.split(' ').length))

/** The unit a canonical name or a written name stands for, if the table knows it. */
export function unitNamed(name: string): Unit | undefined {
  return BY_NAME.get(name.toLowerCase()) ?? BY_SYMBOL.get(name)
}

/**
 * The unit written at the start of a text (the words right after a number), longest name first:
 * "miles per gallon, compared" is miles per gallon, "m or more" is metres. Symbols match with their
 * case ("N", "K"); names in any case.
 *
 * @example unitAt(' km/h) was') // => { unit: kilometres per hour, length: 5 }
 */
export function unitAt(text: string): { unit: Unit; length: number } | undefined {
  const m = /^[ \u00a0]?(-)?/.exec(text) as RegExpExecArray
  const from = m[0].length
  const words = [...text.slice(from, from + 40).matchAll(/[^\s,;:()\[\]]+/g)].slice(0, LONGEST)
  for (let n = words.length; n >= 1; n--) {
    const last = words[n - 1]
    const phrase = text.slice(from, from + last.index + last[0].length).replace(/[.]$/, '')
    if (!/^[\w°²³/·-]/.test(phrase)) continue
    const symbol = BY_SYMBOL.get(phrase)
    const unit = symbol ?? (/^[a-z -]+$/i.test(phrase) ? BY_NAME.get(phrase.toLowerCase().replace(/\s+/g, ' ')) : undefined)
    // A one-letter symbol only when nothing word-like follows it ("66 m or more", not "5 m-long").
    if (unit && (phrase.length > 1 || !/^[A-Za-z]/.test(text.slice(from + phrase.length, from + phrase.length + 1)))) {
      if (symbol && phrase.length === 1 && /^[.'’]?[A-Za-z]/.test(text.slice(from + 1))) continue
      return { unit, length: from + phrase.length }
    }
  }
  return undefined
}

/**
 * The factor that turns a figure in one unit into another of the same dimension; undefined when they
 * do not convert (different dimensions, or temperature scales).
 *
 * @example conversionFactor('days', 'hours') // => 24
 */
export function conversionFactor(from: string, to: string): number | undefined {
  if (from === to) return 1
  const a = unitNamed(from)
  const b = unitNamed(to)
  if (!a || !b || a.dimension !== b.dimension || a.dimension === 'temperature') return undefined
  return a.factor / b.factor
}
