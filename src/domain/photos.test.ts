import fc from 'fast-check'
import { addPhotos, mimeOf, type DraftFile } from '@/domain/photos'

describe('photos', () => {
  it('knows jpg and png from the MIME type or, on weapp, from the extension', () => {
    expect(mimeOf({ path: 'blob:http://x/1', type: 'image/png' })).toBe('image/png')
    expect(mimeOf({ path: 'wxfile://tmp_abc.JPG' })).toBe('image/jpeg')
    expect(mimeOf({ path: 'wxfile://tmp_abc.jpeg' })).toBe('image/jpeg')
    expect(mimeOf({ path: 'blob:http://x/1', type: 'image/gif' })).toBeNull()
    expect(mimeOf({ path: 'wxfile://tmp_abc.heic' })).toBeNull()
  })

  it('keeps at most 5 photos per item and refuses a batch that breaks a rule, keeping the old ones', () => {
    const pick = (n: number, size = 1000) => Array.from({ length: n }, (_, i) => ({ path: `p${i}.jpg`, size }))
    const four = addPhotos([], pick(4))
    expect(four).toMatchObject({ error: null })
    expect(four.files).toHaveLength(4)
    const six = addPhotos(four.files, pick(2))
    expect(six.error).toMatch(/最多上传5张/)
    expect(six.files).toHaveLength(4)
    expect(addPhotos([], pick(1, 10 * 1024 * 1024 + 1)).error).toMatch(/10MB/)
    expect(addPhotos([], [{ path: 'a.gif', size: 10 }]).error).toMatch(/jpg 或 png/)
  })

  it('never holds more than 5 photos, whatever is picked (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.array(fc.record({ path: fc.constantFrom('a.jpg', 'b.png', 'c.gif'), size: fc.integer({ min: 0, max: 12e6 }) }), {
            maxLength: 6,
          }),
          { maxLength: 6 },
        ),
        (batches) => {
          let files: DraftFile[] = []
          for (const batch of batches) files = addPhotos(files, batch).files
          expect(files.length).toBeLessThanOrEqual(5)
          expect(files.every((f) => f.sizeBytes > 0 && f.sizeBytes <= 10 * 1024 * 1024 && f.mime !== undefined)).toBe(true)
        },
      ),
    )
  })
})
