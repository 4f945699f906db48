import { Text } from '@tarojs/components'
import { highlight } from '@/features/policy-qa/text'

/** Text with the matched words marked; content is only ever rendered as text nodes. */
export function Highlighted({ text, terms, className = '' }: { text: string; terms: readonly string[]; className?: string }) {
  const segments = highlight(text, terms)
  return (
    <Text className={className}>
      {segments.map((s, i) =>
        s.hit ? (
          <Text key={i} className='qa-hit'>
            {s.text}
          </Text>
        ) : (
          s.text
        ),
      )}
    </Text>
  )
}
