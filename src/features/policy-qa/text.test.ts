import { highlight, normalize, queryTerms, tokenize, TRAD_PAIRS, UNIGRAM_WEIGHT } from '@/features/policy-qa/text'

describe('tokenize', () => {
  it('splits Chinese without spaces into unigrams and bigrams, in order', () => {
    expect(tokenize('备案材料')).toEqual(['备', '备案', '案', '案材', '材', '材料', '料'])
  })

  it('keeps latin words and numbers whole and never joins across punctuation', () => {
    expect(tokenize('拨打12393，APP办理')).toEqual(['拨', '拨打', '打', '12393', 'app', '办', '办理', '理'])
    expect(tokenize('报销。比例')).not.toContain('销比')
  })

  it('normalises full-width characters and traditional characters to what the content uses', () => {
    expect(normalize('ＡＰＰ１２３９３')).toBe('app12393')
    expect(tokenize('醫保報銷')).toEqual(tokenize('医保报销'))
    expect(normalize('備案有效期多長')).toBe('备案有效期多长')
  })

  it('maps traditional characters one for one, so highlight positions stay right', () => {
    expect(Array.from(TRAD_PAIRS.trad)).toHaveLength(Array.from(TRAD_PAIRS.simp).length)
    const text = '醫保報銷比例'
    expect(normalize(text)).toHaveLength(text.length)
  })
})

describe('queryTerms', () => {
  it('weighs bigrams fully and single characters less', () => {
    const terms = queryTerms('报销比例')
    expect(terms.get('报销')).toBe(1)
    expect(terms.get('比')).toBe(UNIGRAM_WEIGHT)
  })

  it('searches a one-character query by that character', () => {
    expect(queryTerms('药')).toEqual(new Map([['药', 1]]))
  })

  it('adds synonyms at a lower weight: 社保卡/医保卡, 报销/结算, 备案/登记', () => {
    const card = queryTerms('社保卡丢了')
    expect(card.get('医保')).toBeGreaterThan(0)
    expect(card.get('医保')).toBeLessThan(1)
    expect(queryTerms('报销').get('结算')).toBeGreaterThan(0)
    expect(queryTerms('结算').get('报销')).toBeGreaterThan(0)
    expect(queryTerms('补登记').get('备案')).toBeGreaterThan(0)
    expect(queryTerms('备案').get('登记')).toBeGreaterThan(0)
  })

  it('is empty for a query with nothing searchable', () => {
    expect(queryTerms(' ，。!? ').size).toBe(0)
  })
})

describe('highlight', () => {
  const marked = (text: string, terms: string[]) =>
    highlight(text, terms)
      .filter((s) => s.hit)
      .map((s) => s.text)

  it('marks every occurrence of matched words and keeps the text intact', () => {
    const segments = highlight('备案后在备案地看病', ['备案'])
    expect(segments.map((s) => s.text).join('')).toBe('备案后在备案地看病')
    expect(marked('备案后在备案地看病', ['备案'])).toEqual(['备案', '备案'])
  })

  it('joins overlapping bigrams into one highlighted run', () => {
    expect(marked('异地就医备案', ['就医', '医备'])).toEqual(['就医备'])
  })

  it('ignores single characters when longer matches exist, so 的/了 are not lit up', () => {
    expect(marked('我的备案', ['的', '备案'])).toEqual(['备案'])
    expect(marked('医保药品目录', ['药'])).toEqual(['药'])
  })

  it('matches a traditional-character query against simplified text', () => {
    expect(marked('医保报销比例', [...queryTerms('報銷').keys()])).toEqual(['报销'])
  })
})
