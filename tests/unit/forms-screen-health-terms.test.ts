import { describe, expect, it } from 'vitest'

import { locales } from '../../config/locales'
import { defaultHealthTerms } from '../../cms/forms/default-health-terms'
import { compileHealthTerms, screenHealthTerms } from '../../cms/forms/screen-health-terms'

const all = compileHealthTerms([...defaultHealthTerms.nl, ...defaultHealthTerms.fr, ...defaultHealthTerms.en])
const screen = (...texts: string[]) => all.screen({ texts })

describe('the default health term lists', () => {
  it.each(locales)('%s has 25 to 40 distinct, non-empty terms', (locale) => {
    const terms = defaultHealthTerms[locale]
    expect(terms.length).toBeGreaterThanOrEqual(25)
    expect(terms.length).toBeLessThanOrEqual(40)
    expect(compileHealthTerms(terms).terms).toHaveLength(terms.length)
  })

  it.each(locales)('every %s term finds itself written in a sentence', (locale) => {
    for (const term of compileHealthTerms(defaultHealthTerms[locale]).terms) {
      expect(screenHealthTerms({ texts: [`… ${term} …`], terms: defaultHealthTerms[locale] }).matches).toContain(term)
    }
  })
})

describe('screenHealthTerms on realistic messages', () => {
  it.each([
    ['nl', 'Mijn cliënt heeft een zware depressie en neemt sinds kort antidepressiva.', ['mijn cliënt', 'depressie', 'antidepressiva']],
    ['nl', 'Ik begeleid een patiënt met suïcidale gedachten, kan ik dat in jullie dossier kwijt?', ['een patiënt', 'suïcid']],
    ['nl', 'Zij is erg depressief sinds de miskraam.', ['depressie', 'miskraam']],
    ['nl', 'Een cliënt van mij heeft een burn out en ADHD.', ['een cliënt van mij', 'burn-out', 'adhd']],
    ['nl', 'Hij heeft zelfmoordgedachten en een eetstoornis.', ['zelfmoord', 'eetstoornis']],
    ['fr', 'Ma patiente souffre de dépression et prend des médicaments contre l’anxiété.', ['ma patiente', 'dépression', 'anxiété', 'médicament']],
    ['fr', "Mon client a des idées noires et a fait une crise d'angoisse hier.", ['mon client', "crise d'angoisse", 'idées noires']],
    ['fr', 'Elle est suicidaire et a été diagnostiquée bipolaire.', ['suicid', 'bipolaire', 'diagnostiqué']],
    ['en', 'My client was diagnosed with PTSD after the accident and has panic attacks.', ['my client', 'panic attack', 'ptsd', 'diagnosed']],
    ['en', 'A patient of mine is on medication for bipolar disorder and feels suicidal.', ['a patient of mine', 'suicid', 'bipolar', 'medication']],
    ['en', 'She has been self harming and struggles with an eating disorder.', ['self-harm', 'eating disorder']],
  ] as const)('flags the %s message %j, naming the terms in list order', (locale, text, expected) => {
    expect(screenHealthTerms({ texts: [text], terms: defaultHealthTerms[locale] })).toEqual({ flagged: true, matches: expected })
  })

  it('screens with all three lists at once (a visitor may write in any language)', () => {
    // Folded alike, the nl "suïcid" and the fr/en "suicid" count once, under the first list's spelling.
    expect(screen('Mijn cliënt is depressed.', 'Elle est suicidaire.').matches).toEqual(['mijn cliënt', 'suïcid', 'depressed'])
  })

  it.each([
    'Ik ben coach en heb een praktijk voor therapie in Gent. Kan ik mijn agenda koppelen?',
    'Mijn cliënten kunnen online een afspraak maken, werkt dat ook met meerdere therapeuten?',
    'Wij zijn een groepspraktijk voor fysiotherapie en kinesitherapie met twaalf collega’s.',
    'Ik ben traumatherapeut en psycholoog; hoeveel kost het pakket voor een solopraktijk?',
    'Je suis psychologue et coach, je voudrais une démo pour mon cabinet. Soyez patient avec moi !',
    'Mes clients reçoivent-ils un rappel par SMS avant la séance ?',
    'I run a small practice and my clients would like to pay online. Can we talk about pricing?',
    'We are a team of therapists; please be patient, our accountant will reply.',
    'Is the invoice module compatible with Belgian VAT rules? Our depot is in Antwerp.',
    'The cancellation policy and the session notes export are what I need.',
    'Je cherche un outil pour la facturation et les tocs... pardon, les stocks.',
    'Ik wil graag een demo; mijn patiëntendossier zit nu in Excel.',
    'Je suis kinésithérapeute, je traite des patients sportifs. Nos patients peuvent-ils annuler en ligne ?',
    'In addition, please cancel my trial. My patients love the reminders.',
  ])('does not flag %j', (text) => {
    expect(screen(text)).toEqual({ flagged: false, matches: [] })
  })
})

describe('screenHealthTerms matching rules', () => {
  it('ignores case and accents, on both sides', () => {
    expect(screenHealthTerms({ texts: ['DEPRESSION sévère'], terms: ['dépression'] }).matches).toEqual(['dépression'])
    expect(screenHealthTerms({ texts: ['mijn cliënt'], terms: ['MIJN CLIENT'] }).matches).toEqual(['MIJN CLIENT'])
    expect(screenHealthTerms({ texts: ['mijn client'], terms: ['mijn cliënt'] }).matches).toEqual(['mijn cliënt'])
    // Decomposed accents (as some keyboards and pastes produce), ligatures and full-width letters fold the same way.
    expect(screenHealthTerms({ texts: ['de\u0301pression'], terms: ['dépression'] }).flagged).toBe(true)
    expect(screenHealthTerms({ texts: ['un œdème'], terms: ['oedème'] }).flagged).toBe(true)
    expect(screenHealthTerms({ texts: ['ＡＤＨＤ'], terms: ['adhd'] }).flagged).toBe(true)
  })

  it('matches at the start of a word and runs on, never inside a word', () => {
    const terms = ['depressie', 'therapie']
    expect(screenHealthTerms({ texts: ['depressief'], terms }).matches).toEqual(['depressie'])
    expect(screenHealthTerms({ texts: ['depressies'], terms }).matches).toEqual(['depressie'])
    expect(screenHealthTerms({ texts: ['fysiotherapie, kinesitherapie, psychotherapie'], terms }).flagged).toBe(false)
    expect(screenHealthTerms({ texts: ['antidepressie'], terms }).flagged).toBe(false)
    expect(screenHealthTerms({ texts: ['(depressie)', '«depressie»', 'l’depressie', '-depressie', '_depressie'], terms }).matches).toEqual(['depressie'])
    expect(screenHealthTerms({ texts: ['3depressie'], terms }).flagged).toBe(false)
  })

  it('a quoted term must end with the word', () => {
    const terms = ['"pain"', '"mijn cliënt"']
    expect(screenHealthTerms({ texts: ['back pain.'], terms }).matches).toEqual(['pain'])
    expect(screenHealthTerms({ texts: ['painting', 'mijn cliënten'], terms }).flagged).toBe(false)
    expect(screenHealthTerms({ texts: ['Mijn cliënt, die…'], terms }).matches).toEqual(['mijn cliënt'])
    // Typographic quotes, as an editor's keyboard may type them, mean the same.
    expect(screenHealthTerms({ texts: ['painting'], terms: ['“pain”'] }).flagged).toBe(false)
    expect(screenHealthTerms({ texts: ['painting'], terms: ['„pain“'] }).flagged).toBe(false)
  })

  it('multi-word terms match across any spacing, and hyphens are optional', () => {
    const terms = ['panic attack', 'burn-out']
    expect(screenHealthTerms({ texts: ['panic\n  attacks'], terms }).matches).toEqual(['panic attack'])
    expect(screenHealthTerms({ texts: ['panic-attack'], terms }).matches).toEqual(['panic attack'])
    expect(screenHealthTerms({ texts: ['panicattack', 'panicky attack'], terms }).flagged).toBe(false)
    for (const text of ['burnout', 'burn out', 'burn-out', 'Burn - Out']) expect(screenHealthTerms({ texts: [text], terms }).matches).toEqual(['burn-out'])
  })

  it('names every term found, each once, in list order, and never the text', () => {
    const result = screenHealthTerms({ texts: ['suicidal thoughts', 'suicidal again', 'Suicidal'], terms: ['suicidal thoughts', 'suicidal', 'cancer'] })
    expect(result).toEqual({ flagged: true, matches: ['suicidal thoughts', 'suicidal'] })
  })

  it('does not match a term across two texts', () => {
    expect(screenHealthTerms({ texts: ['panic', 'attack'], terms: ['panic attack'] }).flagged).toBe(false)
  })

  it('trims entries, ignores empty and letterless ones, and counts a term once', () => {
    const matcher = compileHealthTerms(['  depressie ', '', '   ', '""', '-', '...', 'Depressie', 'dépressie', '"depressie"', 'mijn   cliënt'])
    expect(matcher.terms).toEqual(['depressie', 'depressie', 'mijn cliënt']) // the second one quoted: whole word only
    expect(matcher.screen({ texts: ['een ... - tekst'] }).flagged).toBe(false)
    expect(matcher.screen({ texts: ['mijn cliënt'] }).matches).toEqual(['mijn cliënt'])
  })

  it('treats regex characters in terms literally', () => {
    const terms = ['c++', 'a.b', '(x)', 'ocd*']
    expect(screenHealthTerms({ texts: ['axb', 'x', 'ocdd', 'c'], terms }).flagged).toBe(false)
    expect(screenHealthTerms({ texts: ['a.b', 'c++', 'ocd*'], terms }).matches).toEqual(['c++', 'a.b', 'ocd*'])
  })

  it('an empty list or no text flags nothing, and junk never throws', () => {
    expect(screenHealthTerms({ texts: ['depressie'], terms: [] })).toEqual({ flagged: false, matches: [] })
    expect(screenHealthTerms({ texts: [], terms: ['depressie'] })).toEqual({ flagged: false, matches: [] })
    const junk = [null, 42, { a: 1 }, undefined] as unknown as string[]
    expect(screenHealthTerms({ texts: [...junk, 'depressie'], terms: [...junk, 'depressie'] })).toEqual({ flagged: true, matches: ['depressie'] })
    expect(screenHealthTerms({ texts: 'depressie' as unknown as string[], terms: ['depressie'] })).toEqual({ flagged: false, matches: [] })
  })
})

describe('screenHealthTerms speed', () => {
  // 120 terms, the size of the three default lists together, against the longest free text a form accepts.
  const terms = [...defaultHealthTerms.nl, ...defaultHealthTerms.fr, ...defaultHealthTerms.en]
  const words = 'Ik ben therapeut en coach met een drukke praktijk in Antwerpen; mijn cliënten boeken online en betalen per sessie. '
  const clean = words.repeat(Math.ceil(5000 / words.length)).slice(0, 5000)
  const hit = `${clean.slice(0, 4900)} Mijn cliënt heeft een depressie en zelfmoordgedachten.`

  it('screens 5,000 characters against 120 terms in well under a millisecond budget per call', () => {
    expect(terms.length).toBeGreaterThanOrEqual(100)
    const matcher = compileHealthTerms(terms)
    expect(matcher.screen({ texts: [clean] }).flagged).toBe(false)
    expect(matcher.screen({ texts: [hit] }).matches).toEqual(['mijn cliënt', 'depressie', 'zelfmoord'])
    const started = performance.now()
    for (let i = 0; i < 100; i++) {
      matcher.screen({ texts: [clean] })
      matcher.screen({ texts: [hit] })
    }
    // Generous for slow CI machines: measured at well under 1 ms per call.
    expect((performance.now() - started) / 200).toBeLessThan(20)
  })

  it('compiles the lists quickly too', () => {
    const started = performance.now()
    for (let i = 0; i < 20; i++) compileHealthTerms(terms)
    expect((performance.now() - started) / 20).toBeLessThan(50)
  })
})
